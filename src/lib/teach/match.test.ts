import { describe, expect, it } from 'vitest';
import { makeAssignment, makeReceipt, questionIds } from './factories';
import { questionsMatch, receiptMismatch } from './match';

const week3 = makeAssignment({ title: 'Week 3 check', questionIds: questionIds(9) });
const full = makeReceipt([1, 1, 1, 1, 1, 1, 1, 0, 0]);

describe('a receipt against its assignment', () => {
	it('fits when it has the assignment’s questions, in any order', () => {
		expect(questionsMatch(week3.questionIds, full.results)).toEqual({ same: true, matching: 9 });
		const shuffled = { ...full, results: [...full.results].reverse() };
		expect(receiptMismatch(week3, shuffled)).toBeNull();
	});

	it('does not fit with one other question, and says how many match', () => {
		const other = makeReceipt([1], {
			results: [{ questionId: 'some.other-question', credit: 1, answer: 'x' }]
		});
		expect(questionsMatch(week3.questionIds, other.results)).toEqual({ same: false, matching: 0 });
		expect(receiptMismatch(week3, other)).toBe(
			'This result is for different questions than “Week 3 check” (0 of 9 match): it may come from an earlier version of the assignment. Ask the student to open the current link and send a new result.'
		);
	});

	it('does not fit with some questions left out, or extra ones', () => {
		const fewer = makeReceipt([1]);
		expect(receiptMismatch(week3, fewer)).toMatch(/\(1 of 9 match\)/);
		const extra = { questionId: 'why.q99', credit: 1, answer: 'x' };
		const more = { ...full, results: [...full.results, extra] };
		expect(receiptMismatch(week3, more)).toMatch(/\(9 of 9 match\)/);
	});

	it('does not fit with more attempts than the assignment allows, unless there is no limit', () => {
		const third = { ...full, attemptsUsed: 3 };
		expect(receiptMismatch({ ...week3, attemptsAllowed: 2 }, third)).toMatch(
			/3 attempts.*allows 2/
		);
		expect(receiptMismatch({ ...week3, attemptsAllowed: 3 }, third)).toBeNull();
		expect(receiptMismatch({ ...week3, attemptsAllowed: 0 }, { ...full, attemptsUsed: 99 })).toBe(
			null
		);
	});

	it('fits without a question a new edition of the pack removed, and with it from a device not updated', () => {
		const removed = week3.questionIds[8]!;
		const known = new Set(week3.questionIds.filter((id) => id !== removed));
		const updated = { ...full, results: full.results.filter((x) => x.questionId !== removed) };
		expect(receiptMismatch(week3, updated, { known })).toBeNull();
		expect(receiptMismatch(week3, full, { known })).toBeNull();
		// Without knowing which questions the pack has, the removed one is still required.
		expect(receiptMismatch(week3, updated)).toMatch(/\(8 of 9 match\)/);
		// A question the pack still has may not be left out, and none may come twice.
		const short = { ...full, results: full.results.slice(1) };
		expect(receiptMismatch(week3, short, { known })).toMatch(/\(8 of 9 match\)/);
		const twice = { ...updated, results: [...updated.results, updated.results[0]!] };
		expect(receiptMismatch(week3, twice, { known })).not.toBeNull();
	});
});
