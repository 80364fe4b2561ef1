import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChipwiseDB } from '$lib/db/db';
import { saveAssignments } from '$lib/db/teach';
import { decodeAssignment } from '$lib/teach/assignment';
import { makeAssignment, questionIds } from '$lib/teach/factories';
import type { QuestionStat } from '$lib/teach/gradebook';
import { freshDbEachTest } from '$lib/test/db';
import AssignAgain from './AssignAgain.svelte';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh), 'assign-again');

// The real saving, into this test's database; no pack of the teacher's own.
vi.mock('$lib/db/load', () => ({
	load: {
		teach: async () => ({
			saveAssignments: (list: Parameters<typeof saveAssignments>[0]) => saveAssignments(list, db)
		}),
		packReads: async () => ({ storedPack: async () => undefined })
	}
}));

const ids = questionIds(4);
const assignment = makeAssignment({ title: 'Week 3', questionIds: ids });
const student = (name: string, credits: number[]) => ({
	student: name,
	results: credits.map((credit, i) => ({ questionId: ids[i] ?? '', credit }))
});
const stats: QuestionStat[] = ids.map((questionId, i) => ({
	questionId,
	answered: 3,
	percentCorrect: [100, 33, 67, 67][i] ?? 0,
	meanCredit: 0.5,
	commonWrong: null
}));

function setup(students: ReturnType<typeof student>[], builtInPack = assignment.packId) {
	render(AssignAgain, { assignment, stats, students, builtInPack });
	return userEvent.setup();
}

describe('assign again, for each student', () => {
	it('saves a follow-up for each student who missed something, and lists each one', async () => {
		const user = setup([
			student('Ada', [1, 0, 1, 1]),
			student('<b>Ben</b>', [1, 0, 0, 0]),
			student('Cleo', [1, 1, 1, 1])
		]);
		await user.click(
			screen.getByRole('button', { name: 'A follow-up for each student (2 students)' })
		);

		const list = await screen.findByRole('region', { name: 'A follow-up for each student' });
		expect(within(list).getByRole('heading', { level: 3 })).toHaveFocus();
		expect(list).toHaveTextContent('Made 2 follow-ups');
		const items = within(list).getAllByRole('listitem');
		expect(items.map((li) => within(li).getByRole('heading', { level: 4 }).textContent)).toEqual([
			'Ada',
			'<b>Ben</b>'
		]);
		expect(items[0]).toHaveTextContent('1 question');
		expect(items[1]).toHaveTextContent('3 questions');
		expect(document.querySelector('b')).toBeNull();

		// Each link opens that student's own follow-up.
		const link = within(list).getByRole('textbox', { name: 'Link for Ada' }) as HTMLInputElement;
		const opened = decodeAssignment(link.value.slice(link.value.indexOf('#') + 1));
		expect(opened.ok && opened.assignment).toMatchObject({
			title: 'Week 3: follow-up for Ada',
			questionIds: [ids[1]]
		});
		expect(
			await within(list).findByRole('img', { name: 'QR code of the follow-up link for Ada' })
		).toBeInTheDocument();

		const saved = await db.assignments.toArray();
		expect(saved.map((r) => r.assignment.title).sort()).toEqual([
			'Week 3: follow-up for <b>Ben</b>',
			'Week 3: follow-up for Ada'
		]);
		expect(
			screen.queryByRole('button', { name: /A follow-up for each student/ })
		).not.toBeInTheDocument();
	});

	it("says when the assignment's own pack is no longer here to travel in the links", async () => {
		const user = setup([student('Ada', [1, 0, 1, 1])], 'another-pack');
		await user.click(
			screen.getByRole('button', { name: 'A follow-up for each student (1 student)' })
		);
		const list = await screen.findByRole('region', { name: 'A follow-up for each student' });
		expect(within(list).getByRole('note')).toHaveTextContent(
			'The pack this assignment uses is no longer on this device'
		);
	});

	it('prints one slip a student, with their name, the title and the number of questions', async () => {
		const user = setup([student('Ada', [1, 0, 1, 1]), student('Ben', [1, 0, 0, 0])]);
		await user.click(
			screen.getByRole('button', { name: 'A follow-up for each student (2 students)' })
		);
		const text = (slip: Element, part: string) =>
			[...slip.querySelectorAll(part)].map((x) => x.textContent?.replace(/\s+/g, ' ').trim());
		const printed: string[][][] = [];
		vi.spyOn(window, 'print').mockImplementation(() =>
			printed.push(
				[...document.querySelectorAll('.print-paper .slip')].map((slip) => [
					...text(slip, '.title, .line'),
					...text(slip, 'li')
				])
			)
		);
		await user.click(
			await screen.findByRole('button', { name: 'Print slips (one for each student)' })
		);
		await vi.waitFor(() => expect(printed).toHaveLength(1));
		expect(printed[0]).toEqual([
			['Ada', 'Week 3: follow-up for Ada', 'Test', '1 question', 'Pass mark 60%', '2 attempts'],
			['Ben', 'Week 3: follow-up for Ben', 'Test', '3 questions', 'Pass mark 60%', '2 attempts']
		]);
		expect(
			screen.getAllByRole('img', { name: 'QR code of the follow-up link for Ben', hidden: true })
		).toHaveLength(2);
		dispatchEvent(new Event('afterprint'));
		await vi.waitFor(() => expect(document.querySelector('.print-paper')).toBeNull());
	});

	it('says so when no student missed anything', () => {
		const all = stats.map((s) => ({ ...s, percentCorrect: 100 }));
		render(AssignAgain, {
			assignment,
			stats: all,
			students: [student('Ada', [1, 1, 1, 1])],
			builtInPack: assignment.packId
		});
		expect(
			screen.getByText('Everyone got every question right: nothing to assign again.')
		).toBeVisible();
		expect(screen.queryByRole('button', { name: /for each student/ })).not.toBeInTheDocument();
	});
});
