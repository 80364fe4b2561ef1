import { deflateSync } from 'fflate';
import { checksum, toBase64Url } from './codec';
import type { Assignment } from './assignment';
import type { Receipt } from './receipt';

// Test data for the teach modules: small, valid by default, changed per test with `over`.

export const DAY = 24 * 60 * 60 * 1000;
/** Noon on 10 March 2025, local time: far from midnight in any time zone's reading. */
export const T0 = new Date(2025, 2, 10, 12).getTime();

const MODULES = ['the-ban', 'key-concepts', 'allies', 'why', 'supply-chain', 'responses'];

/** `count` question ids as a teacher picks them: a few from each module, module by module. */
export function questionIds(count: number): string[] {
	return Array.from({ length: count }, (_, i) => {
		const module = MODULES[Math.floor((i * MODULES.length) / count)] ?? 'why';
		return `${module}.q${String(3 + 2 * i).padStart(2, '0')}`;
	});
}

export function makeAssignment(over: Partial<Assignment> = {}): Assignment {
	return {
		id: 'k3Xq9-zP_a1B',
		title: 'Micron ban: week 3 check',
		className: '10B',
		packId: 'micron-ban',
		packVersion: '1.0.0',
		questionIds: questionIds(5),
		mode: 'test',
		due: '2025-03-14',
		passMark: 60,
		attemptsAllowed: 2,
		shuffle: true,
		createdAt: T0,
		...over
	};
}

/** A receipt whose score agrees with `credits`, one per question. */
export function makeReceipt(
	credits: readonly number[] = [1, 1, 0, 0.5, 1],
	over: Partial<Receipt> = {},
	answers: readonly string[] = []
): Receipt {
	const ids = questionIds(credits.length);
	const credit = credits.reduce((s, c) => s + c, 0);
	return {
		assignmentId: 'k3Xq9-zP_a1B',
		student: 'Ada Lovelace',
		score: {
			credit,
			total: credits.length,
			percent: Math.round((credit / credits.length) * 100)
		},
		results: credits.map((c, i) => ({
			questionId: ids[i] ?? `q${i}`,
			credit: c,
			answer: answers[i] ?? (c === 1 ? 'Micron' : 'Japan')
		})),
		timeMs: 95_000,
		startedAt: T0,
		finishedAt: T0 + 95_000,
		attemptsUsed: 1,
		appVersion: '0.1.0',
		contentVersion: 'micron-ban@1.0.0',
		...over
	};
}

/** A code around JSON text as given, for payloads `JSON.stringify` would never write. */
export function rawCode(prefix: string, json: string, version = 1): string {
	return `${prefix}${version}.${toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }))}`;
}

/** A code whose checksum is right for `json`: only the schema can turn it away. */
export function checkedRawCode(prefix: string, json: string, version = 1): string {
	return rawCode(prefix, `[${JSON.stringify(checksum(json))},${json}]`, version);
}

/** `code` with the character at `index` replaced by another one from the alphabet. */
export function flip(code: string, index: number): string {
	const char = code.charAt(index);
	return code.slice(0, index) + (char === 'A' ? 'B' : 'A') + code.slice(index + 1);
}

const WORDS = ['Micron', 'Japan', 'export', 'controls', 'Netherlands', 'ASML', 'memory', 'chips'];

/**
 * `count` answers of `words` words each that deflate no worse than real ones: words and numbers
 * in no order, so that a receipt is long for its number of questions. The same for a seed.
 */
export function wordyAnswers(count: number, seed = 7, words = 6): string[] {
	let x = seed;
	const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
	return Array.from({ length: count }, () =>
		Array.from(
			{ length: words },
			() => `${WORDS[next() % WORDS.length]} ${next().toString(36)}`
		).join(' ')
	);
}
