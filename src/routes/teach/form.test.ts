import { describe, expect, it } from 'vitest';
import { makeAssignment, questionIds } from '$lib/teach/factories';
import { checkDraft, draftOf, emptyDraft, inPackOrder, type AssignmentDraft } from './form';

const fixed = { id: 'k3Xq9-zP_a1B', packId: 'micron-ban', packVersion: '1.0.0', createdAt: 1 };
const draft = (over: Partial<AssignmentDraft> = {}): AssignmentDraft => ({
	...emptyDraft(),
	title: 'Week 3',
	questionIds: questionIds(3),
	...over
});

describe('the assignment form', () => {
	it('makes an assignment from a filled form, trimming text and reading a blank date as none', () => {
		const result = checkDraft(draft({ title: '  Week 3 ', className: ' 10B ' }), fixed);
		expect(result).toMatchObject({
			ok: true,
			assignment: { ...fixed, title: 'Week 3', className: '10B', due: null, passMark: 60 }
		});
	});

	it('round-trips an assignment through the form unchanged', () => {
		const a = makeAssignment({ returnBy: 'chat' });
		expect(checkDraft(draftOf(a), a)).toEqual({ ok: true, assignment: a });
	});

	it('asks for results by scan unless the teacher chooses another way', () => {
		expect(checkDraft(draft(), fixed)).toMatchObject({ assignment: { returnBy: 'scan' } });
		// An assignment made before the way was asked, once edited, says its way too.
		const old = makeAssignment();
		expect(checkDraft(draftOf(old), old)).toMatchObject({ assignment: { returnBy: 'scan' } });
	});

	it('says in plain words what each wrong field needs', () => {
		const result = checkDraft(
			draft({
				title: ' ',
				className: 'x'.repeat(81),
				questionIds: [],
				due: '2025-02-30',
				passMark: null,
				attemptsAllowed: 21
			}),
			fixed
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				title: 'Give the assignment a title.',
				className: 'Keep the class name to 80 characters.',
				questionIds: 'Choose at least one question set or question.',
				due: 'Enter a real date, or leave the due date empty.',
				passMark: 'The pass mark is a whole number from 0 to 100.',
				attemptsAllowed: 'Attempts allowed is a whole number from 0 (no limit) to 20.'
			}
		});
	});

	it('asks for a title when it has nothing visible, and cleans invisible characters away', () => {
		for (const title of ['\u200B', ' \u202E ', '\u3164']) {
			const result = checkDraft(draft({ title }), fixed);
			expect(result.ok ? null : result.errors.title).toBe('Give the assignment a title.');
		}
		const result = checkDraft(draft({ title: 'Week\u200B 3\u202E', className: '\u202E01' }), fixed);
		expect(result.ok && [result.assignment.title, result.assignment.className]).toEqual([
			'Week 3',
			'01'
		]);
	});

	it('counts the questions when too many are chosen', () => {
		const result = checkDraft(draft({ questionIds: questionIds(101) }), fixed);
		expect(result).toMatchObject({
			ok: false,
			errors: { questionIds: expect.stringMatching(/101/) }
		});
	});

	it('keeps chosen questions in the order of the pack', () => {
		expect(inPackOrder(new Set(['c', 'a', 'zz']), ['a', 'b', 'c'])).toEqual(['a', 'c', 'zz']);
	});
});
