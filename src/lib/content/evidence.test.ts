import { describe, expect, it } from 'vitest';
import { evidenceQuotes, keyParts } from './evidence';
import type { Question } from './schema';

const base = { objectives: ['o'], difficulty: 1 as const, prompt: 'p', explanation: 'e' };
const question = (q: Question): Question => q;

describe("the article's words behind an answer", () => {
	it('names each part of a matching, ordering or multiple-answer key with its quote', () => {
		const matching = question({
			...base,
			id: 'm',
			type: 'matching',
			evidence: 'whole',
			pairs: [
				{ left: 'A', right: '1', evidence: 'quote a' },
				{ left: 'B', right: '2' }
			]
		});
		expect(keyParts(matching)).toEqual([
			{ part: 'A → 1', quote: 'quote a' },
			{ part: 'B → 2', quote: undefined }
		]);
		const ordering = question({
			...base,
			id: 'o',
			type: 'ordering',
			evidence: 'whole',
			items: ['x', 'y', 'z'],
			stepEvidence: ['qx', 'qy']
		});
		expect(keyParts(ordering).map((p) => [p.part, p.quote])).toEqual([
			['Step 1: x', 'qx'],
			['Step 2: y', 'qy'],
			['Step 3: z', undefined]
		]);
		const single = question({
			...base,
			id: 's',
			type: 'single',
			evidence: 'e',
			options: ['a', 'b'],
			answer: 'a'
		});
		expect(keyParts(single)).toEqual([]);
	});

	it("lists the question's own quote first, then each part's, each passage once", () => {
		const multi = question({
			...base,
			id: 'x',
			type: 'multi',
			evidence: 'The  same words',
			options: ['a', 'b', 'c'],
			answers: ['a', 'b'],
			answerEvidence: ['The same words', 'other words']
		});
		expect(evidenceQuotes(multi)).toEqual([
			{ part: null, quote: 'The  same words' },
			{ part: 'b', quote: 'other words' }
		]);
	});
});
