import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { displayOrder } from './order';

const base = {
	objectives: ['o'],
	difficulty: 1 as const,
	prompt: 'p',
	explanation: 'e',
	evidence: 'q'
};
const question = (q: Question): Question => q;
const single = question({
	...base,
	id: 's',
	type: 'single',
	options: ['a', 'b', 'c', 'd'],
	answer: 'a'
});
const matching = question({
	...base,
	id: 'm',
	type: 'matching',
	pairs: [
		{ left: '1', right: 'one' },
		{ left: '2', right: 'two' },
		{ left: '3', right: 'three' }
	]
});
const ordering = question({ ...base, id: 'o', type: 'ordering', items: ['x', 'y', 'z'] });

describe('the order choices are shown in', () => {
	it('keeps the pack order of options when the attempt does not shuffle, and shuffles it alike on every visit when it does', () => {
		expect(displayOrder(single, 7, false)).toEqual(['a', 'b', 'c', 'd']);
		expect(displayOrder(single, 7, true)).toEqual(displayOrder(single, 7, true));
		expect([...displayOrder(single, 7, true)].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('never shows matching answers or ordering items in the answer order, shuffled or not', () => {
		for (let seed = 0; seed < 200; seed += 1) {
			for (const shuffled of [false, true]) {
				const rights = displayOrder(matching, seed, shuffled);
				expect(rights).not.toEqual(['one', 'two', 'three']);
				expect([...rights].sort()).toEqual(['one', 'three', 'two']);
				expect(displayOrder(ordering, seed, shuffled)).not.toEqual(['x', 'y', 'z']);
			}
		}
	});
});
