import { describe, expect, it } from 'vitest';
import { objectiveStats } from './class-level';
import type { QuestionStat } from './gradebook';

const stat = (questionId: string, meanCredit: number): QuestionStat => ({
	questionId,
	answered: 3,
	percentCorrect: Math.round(meanCredit * 100),
	meanCredit,
	commonWrong: null
});

describe("the class's level on each objective", () => {
	it('averages the credit of the questions that test it, in the pack order', () => {
		const rows = objectiveStats(
			[stat('q1', 1), stat('q2', 0.5), stat('q3', 0.25)],
			{ q1: ['why', 'who'], q2: ['who'], q3: ['unlisted'], q4: ['what'] },
			{ who: 'Say who acted', what: 'Say what was banned', why: 'Give the stated reason' }
		);
		expect(rows).toEqual([
			{ id: 'who', label: 'Say who acted', questions: 2, level: 75 },
			{ id: 'why', label: 'Give the stated reason', questions: 1, level: 100 },
			{ id: 'unlisted', label: 'unlisted', questions: 1, level: 25 }
		]);
	});

	it('is empty with no figures, and ignores a question id like "constructor"', () => {
		expect(objectiveStats([], { q1: ['who'] }, { who: 'Who' })).toEqual([]);
		expect(objectiveStats([stat('constructor', 1)], {}, {})).toEqual([]);
	});
});
