import { describe, expect, it } from 'vitest';
import { sentenceAt } from './sentence-at';

const text = 'Headline here\n\nOne sentence. Two "quoted" ones! Three.\n\nLast one.';
const at = (caret: number) => {
	const r = sentenceAt(text, caret);
	return r && text.slice(r.start, r.end);
};

describe('the sentence at the caret', () => {
	it('is the sentence the caret stands in, in its paragraph', () => {
		expect(at(0)).toBe('Headline here');
		expect(at(text.indexOf('Two') + 2)).toBe('Two "quoted" ones!');
		expect(at(text.indexOf('Three'))).toBe('Three.');
		expect(at(text.length)).toBe('Last one.');
	});
});
