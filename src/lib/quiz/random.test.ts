import { describe, expect, it } from 'vitest';
import { createRandom, newSeed, seedFor, shuffle } from './random';

describe('createRandom', () => {
	it('is deterministic and stays in [0, 1)', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		const xs = Array.from({ length: 1000 }, () => a());
		expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(new Set(xs).size).toBeGreaterThan(990);
	});

	it('matches the reference mulberry32 sequence', () => {
		// First outputs of the published mulberry32 for seed 1, times 2^32.
		const r = createRandom(1);
		expect([r(), r(), r()].map((x) => x * 4294967296)).toEqual([2693262067, 11749833, 2265367787]);
	});

	it('gives different sequences for different seeds', () => {
		expect(createRandom(1)()).not.toBe(createRandom(2)());
	});
});

describe('shuffle', () => {
	const items = Array.from({ length: 10 }, (_, i) => `item ${i}`);

	it('gives the same order for the same seed', () => {
		expect(shuffle(items, 7)).toEqual(shuffle(items, 7));
	});

	it('usually gives a different order for a different seed', () => {
		const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffle(items, seed).join('|')));
		expect(orders.size).toBeGreaterThan(1);
		expect(shuffle(items, 1)).not.toEqual(items);
	});

	it('keeps every item and leaves the input alone', () => {
		const input = Object.freeze([...items]);
		const out = shuffle(input, 123);
		expect(out).not.toBe(input);
		expect([...out].sort()).toEqual([...items].sort());
		expect(input).toEqual(items);
	});

	it('handles empty and single-item lists', () => {
		expect(shuffle([], 1)).toEqual([]);
		expect(shuffle(['only'], 1)).toEqual(['only']);
	});

	it('puts every item in every place over many seeds (no stuck positions)', () => {
		const firsts = new Set(Array.from({ length: 200 }, (_, s) => shuffle(['a', 'b', 'c'], s)[0]));
		expect(firsts).toEqual(new Set(['a', 'b', 'c']));
	});
});

describe('newSeed', () => {
	it('is an unsigned 32-bit integer', () => {
		const seeds = Array.from({ length: 20 }, newSeed);
		for (const s of seeds) {
			expect(Number.isInteger(s) && s >= 0 && s <= 0xffffffff).toBe(true);
		}
		expect(new Set(seeds).size).toBeGreaterThan(1);
	});
});

describe('seedFor', () => {
	it('is deterministic, unsigned 32-bit, and depends on both seed and key', () => {
		const s = seedFor(12345, 'q-1');
		expect(seedFor(12345, 'q-1')).toBe(s);
		expect(Number.isInteger(s) && s >= 0 && s <= 0xffffffff).toBe(true);
		expect(seedFor(12345, 'q-2')).not.toBe(s);
		expect(seedFor(12346, 'q-1')).not.toBe(s);
	});

	it('spreads nearby keys apart', () => {
		const seeds = Array.from({ length: 100 }, (_, i) => seedFor(0, `q${i}`));
		expect(new Set(seeds).size).toBe(100);
	});
});
