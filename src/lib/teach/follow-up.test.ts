import { describe, expect, it } from 'vitest';
import { makeAssignment, T0 } from './factories';
import { followUp, followUpEach, missedBy, missedMost } from './follow-up';
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

	it('keeps a title with a character outside the BMP under the limit, the pair whole', () => {
		const a = makeAssignment({ title: `${'x'.repeat(108)}😀 more` });
		const next = followUp(a, ['the-ban.q03'], 'newAssignment01', T0);
		expect(next.title).toBe(`${'x'.repeat(108)}: follow-up`);
		expect(next.title.length).toBeLessThanOrEqual(120);
	});
});

const ids = ['the-ban.q03', 'the-ban.q05', 'allies.q07', 'why.q09'];
const student = (name: string, credits: number[]) => ({
	student: name,
	results: credits.map((credit, i) => ({ questionId: ids[i] ?? '', credit }))
});

describe('a follow-up for each student', () => {
	it('takes the questions each student did not get fully right, in the given order', () => {
		const students = [
			student('Ada', [1, 0, 1, 0.5]),
			student('Ben', [1, 1, 1, 1]),
			student('Cleo', [0, 1, 1, 1])
		];
		expect(missedBy(ids, students)).toEqual([
			{ student: 'Ada', questionIds: ['the-ban.q05', 'why.q09'] },
			{ student: 'Cleo', questionIds: ['the-ban.q03'] }
		]);
	});

	it('keeps the order given, not the order of the answers (which may be shuffled)', () => {
		const shuffled = {
			student: 'Ada',
			results: [...student('Ada', [0, 1, 0, 1]).results].reverse()
		};
		expect(missedBy(ids, [shuffled])).toEqual([
			{ student: 'Ada', questionIds: ['the-ban.q03', 'allies.q07'] }
		]);
		// A question left out of the order (its pack no longer has it) is not asked again.
		expect(missedBy(ids.slice(1), [student('Ada', [0, 1, 0, 1])])).toEqual([
			{ student: 'Ada', questionIds: ['allies.q07'] }
		]);
	});

	it('gives no one a follow-up when everyone got everything right', () => {
		expect(missedBy(ids, [student('Ada', [1, 1, 1, 1]), student('Ben', [1, 1, 1, 1])])).toEqual([]);
	});

	it('makes one assignment a student, on the same terms, titled with their name, newest first', () => {
		const a = makeAssignment({ questionIds: ids });
		let n = 0;
		const made = followUpEach(
			a,
			ids,
			[student('Ada', [1, 0, 1, 1]), student('Ben', [1, 1, 1, 1]), student('Cleo', [0, 0, 1, 1])],
			() => `newAssignment0${++n}`,
			T0 + 1
		);
		expect(made).toEqual([
			{
				student: 'Ada',
				assignment: {
					...a,
					id: 'newAssignment01',
					title: 'Micron ban: week 3 check: follow-up for Ada',
					questionIds: ['the-ban.q05'],
					due: null,
					createdAt: T0 + 1
				}
			},
			{
				student: 'Cleo',
				assignment: {
					...a,
					id: 'newAssignment02',
					title: 'Micron ban: week 3 check: follow-up for Cleo',
					questionIds: ['the-ban.q03', 'the-ban.q05'],
					due: null,
					createdAt: T0
				}
			}
		]);
	});

	it('shortens a long title to fit, keeping the name whole and no surrogate pair split', () => {
		const name = 'Zoë 🦊 Lambert-Okafor';
		const suffix = `: follow-up for ${name}`;
		const room = 120 - suffix.length;
		const a = makeAssignment({ title: `${'x'.repeat(room - 1)}😀😀 and more` });
		const [made] = followUpEach(a, ids, [student(name, [0, 1, 1, 1])], () => 'newAssignment01', T0);
		expect(made?.assignment.title).toBe(`${'x'.repeat(room - 1)}${suffix}`);
		expect(made?.assignment.title.length).toBeLessThanOrEqual(120);
		expect(made?.assignment.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
	});
});
