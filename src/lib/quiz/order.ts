import type { Question } from '$lib/content/schema';
import { seedFor, shuffle } from './random';

/**
 * The order a question's choices are shown in, the same on every visit to an attempt.
 * Ordering items are always shuffled (and never shown already solved); other choices only
 * when the attempt shuffles.
 */
export function displayOrder(q: Question, attemptSeed: number, shuffled: boolean): string[] {
	const seed = seedFor(attemptSeed, q.id);
	switch (q.type) {
		case 'single':
		case 'multi':
		case 'whosaid':
			return shuffled ? shuffle(q.options, seed) : [...q.options];
		case 'matching': {
			const rights = q.pairs.map((p) => p.right);
			return shuffled ? shuffle(rights, seed) : rights;
		}
		case 'ordering': {
			const order = shuffle(q.items, seed);
			const solved = order.every((item, i) => item === q.items[i]);
			return solved ? [...order.slice(1), ...order.slice(0, 1)] : order;
		}
		default:
			return [];
	}
}
