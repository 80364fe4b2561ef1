// Tap-to-pair matching: which tile is chosen, what a tap does, and which answers are left.
import { ownValue } from './answer';

/** Left text → chosen right text; every left is present, unmatched ones as null. */
export type Pairs = Record<string, string | null>;

/** The tile waiting for its partner: a left text or a right-hand answer. */
export type Chosen = { side: 'left' | 'right'; text: string } | null;

/** What a tap leads to: the tile now chosen, and the pair it made, if any. */
export interface Tap {
	chosen: Chosen;
	pair?: { left: string; right: string };
}

/** The stored pairs for these lefts, each left present (a missing or inherited one as null). */
export function pairsFor(lefts: readonly string[], stored: Pairs): Pairs {
	return Object.fromEntries(lefts.map((left) => [left, ownValue(stored, left) ?? null]));
}

/**
 * A tap on a tile. A tile of the other side than the chosen one makes a pair; the chosen tile
 * again puts it down; any other tile becomes the chosen one.
 */
export function tap(chosen: Chosen, side: 'left' | 'right', text: string): Tap {
	if (chosen && chosen.side !== side) {
		const pair =
			side === 'left' ? { left: text, right: chosen.text } : { left: chosen.text, right: text };
		return { chosen: null, pair };
	}
	if (chosen?.side === side && chosen.text === text) return { chosen: null };
	return { chosen: { side, text } };
}

/** `left` paired with `right`; any other left that had `right` gives it up (each is used once). */
export function pairUp(pairs: Pairs, left: string, right: string): Pairs {
	return Object.fromEntries(
		Object.entries(pairs).map(([l, r]) => [l, l === left ? right : r === right ? null : r])
	);
}

/** `left` back to unmatched; its answer returns to the pool. */
export function unpair(pairs: Pairs, left: string): Pairs {
	return Object.fromEntries(Object.entries(pairs).map(([l, r]) => [l, l === left ? null : r]));
}

/** The answers not used by any left, in the given order. */
export function unusedRights(rights: readonly string[], pairs: Pairs): string[] {
	const used = new Set(Object.values(pairs));
	return rights.filter((r) => !used.has(r));
}

/**
 * How many distinct matches there are: an answer used twice (possible in a draft saved by an
 * older version) counts once.
 */
export function matchedCount(pairs: Pairs): number {
	return new Set(Object.values(pairs).filter((r) => r !== null)).size;
}

/** The chosen tile if it can still be paired (its left unmatched, its answer unused), else null. */
export function stillOpen(chosen: Chosen, pairs: Pairs, pool: readonly string[]): Chosen {
	if (!chosen) return null;
	const open =
		chosen.side === 'left'
			? Object.hasOwn(pairs, chosen.text) && pairs[chosen.text] === null
			: pool.includes(chosen.text);
	return open ? chosen : null;
}

/** The unmatched left to go to after `left` was paired: the next one, wrapping round; or null. */
export function nextOpenLeft(lefts: readonly string[], pairs: Pairs, left: string): string | null {
	const from = lefts.indexOf(left);
	for (let step = 1; step <= lefts.length; step++) {
		const candidate = lefts[(from + step) % lefts.length];
		if (candidate !== undefined && pairs[candidate] === null) return candidate;
	}
	return null;
}
