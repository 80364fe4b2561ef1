import { describe, expect, it } from 'vitest';
import { cheer, formatDuration, retryLabel, verdict } from './format';

describe('durations', () => {
	it('reads as seconds, then minutes and seconds', () => {
		expect(formatDuration(42_400)).toBe('42 s');
		expect(formatDuration(65_000)).toBe('1 min 05 s');
		expect(formatDuration(-5)).toBe('0 s');
	});
});

describe('verdicts', () => {
	it('names full, hinted, partial and no credit', () => {
		expect(verdict(1, true)).toEqual({ label: 'Correct', tone: 'right' });
		expect(verdict(0.75, true).label).toBe('Correct, with a hint (75% credit)');
		expect(verdict(0.5, false)).toEqual({ label: 'Partly right (50%)', tone: 'partial' });
		expect(verdict(0, false)).toEqual({ label: 'Not quite', tone: 'wrong' });
	});
});

describe('results', () => {
	it('cheers in proportion to the score', () => {
		expect(cheer(100)).toBe('A perfect score!');
		expect(cheer(85)).toBe('Great work!');
		expect(cheer(69)).toBe('Good going!');
		expect(cheer(40)).toBe('Getting there.');
		expect(cheer(10)).toBe('A first step.');
	});

	it('counts a retry as the score does: missed, and right only with a hint', () => {
		expect(retryLabel(1, 0)).toBe('Retry the 1 missed question');
		expect(retryLabel(3, 0)).toBe('Retry the 3 missed questions');
		expect(retryLabel(0, 1)).toBe('Retry the 1 question you needed a hint for');
		expect(retryLabel(3, 1)).toBe('Retry 3 missed + 1 with a hint');
	});
});
