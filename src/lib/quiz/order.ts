import type { Question } from '$lib/content/schema';
import { seedFor, shuffle } from './random';

/**
 * The order a question's choices are shown in, the same on every visit to an attempt. Options
 * are shuffled when the attempt shuffles. Ordering items and the right-hand side of matching
 * pairs are always shuffled and never shown in the answer's order: their order is the answer.
 */
export function displayOrder(q: Question, attemptSeed: number, shuffled: boolean): string[] {
	const seed = seedFor(attemptSeed, q.id);
	switch (q.type) {
		case 'single':
		case 'multi':
		case 'whosaid':
			return shuffled ? shuffle(q.options, seed) : [...q.options];
		case 'matching':
			return unsolved(
				q.pairs.map((p) => p.right),
				seed
			);
		case 'ordering':
			return unsolved(q.items, seed);
		default:
			return [];
	}
}

/** `answer` shuffled, and turned by one place should the shuffle give it back as it was. */
function unsolved(answer: readonly string[], seed: number): string[] {
	const order = shuffle(answer, seed);
	const solved = order.every((item, i) => item === answer[i]);
	return solved ? [...order.slice(1), ...order.slice(0, 1)] : order;
}
