// Seeded randomness, so an attempt can be resumed or replayed with the same order.

/** A deterministic PRNG (mulberry32): small, fast and good enough for shuffling. Values in [0, 1). */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates with `createRandom(seed)`. Returns a new array; the input is left alone. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	const random = createRandom(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** A fresh random unsigned 32-bit seed. */
export function newSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/**
 * A per-question seed from an attempt seed and a key (the question id): FNV-1a over the key,
 * started from the seed, then a murmur3 finaliser so nearby seeds and keys spread apart.
 */
export function seedFor(seed: number, key: string): number {
	let h = (0x811c9dc5 ^ seed) >>> 0;
	for (let i = 0; i < key.length; i++) {
		h ^= key.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}
