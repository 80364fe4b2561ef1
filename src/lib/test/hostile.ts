import fc from 'fast-check';

/** How many inputs each property test throws at a parser. */
export const RUNS = 10_000;

const SCRIPTS = [
	'<img src=x onerror=alert(1)>',
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'"><svg onload=alert(1)>'
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** JSON-like values with the nasty parts: prototype keys, script strings, extreme numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		fc.constantFrom(...SCRIPTS),
		fc.string(),
		fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, -1, 0.1),
		fc.boolean(),
		fc.constant(null),
		fc.array(tie('value'), { maxLength: 5 }),
		fc.dictionary(
			fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 8 })),
			tie('value'),
			{
				maxKeys: 5
			}
		)
	)
})).value;

/** A JSON text nested `depth` levels deep. */
export const deepJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/** Ways a good code or file gets damaged: truncated, a character changed, inserted or doubled. */
export function mutated(good: string): fc.Arbitrary<string> {
	const index = fc.nat({ max: Math.max(0, good.length - 1) });
	const char = fc.constantFrom(
		...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#{}"'.split('')
	);
	return fc.oneof(
		index.map((i) => good.slice(0, i)),
		fc.tuple(index, char).map(([i, c]) => good.slice(0, i) + c + good.slice(i + 1)),
		fc.tuple(index, char).map(([i, c]) => good.slice(0, i) + c + good.slice(i)),
		index.map((i) => good.slice(0, i) + good.slice(i, i + 10) + good.slice(i))
	);
}

/** Whether anything reached Object.prototype (a failed parse must never do that). */
export function prototypePolluted(): boolean {
	const probe = {} as Record<string, unknown>;
	return (
		Object.keys(Object.prototype).length > 0 ||
		probe.polluted !== undefined ||
		probe.isAdmin !== undefined
	);
}
