import { describe, expect, it } from 'vitest';
import { makeAssignment, T0 } from './factories';
import { followUp, missedMost } from './follow-up';
import type { QuestionStat } from './gradebook';

const stat = (questionId: string, percentCorrect: number): QuestionStat => ({
	questionId,
	answered: 4,
	percentCorrect,
	meanCredit: percentCorrect / 100,
	commonWrong: null
});

describe('assign again', () => {
	it('takes the questions fewer than the pass mark got right, in the assignment order', () => {
		const stats = [stat('q1', 100), stat('q2', 25), stat('q3', 75), stat('q4', 50)];
		expect(missedMost({ passMark: 60 }, stats)).toEqual(['q2', 'q4']);
	});

	it('with none under the pass mark, the three weakest that someone missed', () => {
		const stats = [stat('q1', 90), stat('q2', 100), stat('q3', 70), stat('q4', 80), stat('q5', 95)];
		expect(missedMost({ passMark: 60 }, stats)).toEqual(['q1', 'q3', 'q4']);
		expect(missedMost({ passMark: 60 }, [stat('q1', 100)])).toEqual([]);
	});

	it('makes a new assignment for the same class and terms, titled as a follow-up', () => {
		const a = makeAssignment({ title: 'x'.repeat(120) });
		const next = followUp(a, ['the-ban.q03'], 'newAssignment01', T0 + 1);
		expect(next).toEqual({
			...a,
			id: 'newAssignment01',
			title: `${'x'.repeat(109)}: follow-up`,
			questionIds: ['the-ban.q03'],
			due: null,
			createdAt: T0 + 1
		});
		expect(next.title).toHaveLength(120);
	});
});
