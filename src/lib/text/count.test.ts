import { describe, expect, it } from 'vitest';
import { count, percent } from './count';

describe('count', () => {
	it('says one thing in the singular and any other number in the plural', () => {
		expect(count(1, 'question')).toBe('1 question');
		expect(count(0, 'question')).toBe('0 questions');
		expect(count(12, 'question')).toBe('12 questions');
		expect(count(2, 'quiz', 'quizzes')).toBe('2 quizzes');
	});
});

describe('percent', () => {
	it('rounds a share to a whole percentage, and shows a dash for none', () => {
		expect(percent(0.755)).toBe('76%');
		expect(percent(1)).toBe('100%');
		expect(percent(null)).toBe('–');
	});
});
