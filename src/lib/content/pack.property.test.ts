import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepJson, hostileValue, mutated, prototypePolluted, RUNS } from '$lib/test/hostile';
import { compilePack } from './compile.server';
import { parsePack } from './parse';

const good = JSON.stringify(compilePack('content/packs/micron-ban'));

describe('content packs from outside', () => {
	it('accept the real pack', () => {
		expect(parsePack(good).ok).toBe(true);
	});

	// Each damaged copy that is still JSON goes through the whole schema and every content rule
	// (a couple of milliseconds), so fewer runs here; hostile values below make up the 10,000.
	it(
		'never crash on damaged pack files: a clear error or a pack that passes every check',
		{ timeout: 60_000 },
		() => {
			fc.assert(
				fc.property(mutated(good), (text) => {
					const r = parsePack(text);
					if (!r.ok) expect(r.error.message).toMatch(/^This content pack/);
				}),
				{ numRuns: 2_000 }
			);
		}
	);

	it('refuse hostile values, deep nesting and oversized files', () => {
		fc.assert(
			fc.property(hostileValue, (value) => {
				const r = parsePack(JSON.stringify(value) ?? '');
				expect(r.ok).toBe(false);
			}),
			{ numRuns: RUNS }
		);
		expect(parsePack(deepJson(100_000)).ok).toBe(false);
		expect(parsePack(' '.repeat(3 * 1024 * 1024))).toMatchObject({
			ok: false,
			error: { kind: 'too-large' }
		});
		expect(prototypePolluted()).toBe(false);
	});
});
