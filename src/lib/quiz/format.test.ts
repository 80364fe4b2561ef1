import { describe, expect, it } from 'vitest';
import { formatDuration, verdict } from './format';

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
