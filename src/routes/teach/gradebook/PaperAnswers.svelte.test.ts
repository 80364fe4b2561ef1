import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Pack, Question } from '$lib/content/schema';
import type { ChipwiseDB } from '$lib/db/db';
import { saveAssignment, storeReceipts } from '$lib/db/teach';
import { makeAssignment } from '$lib/teach/factories';
import { PAPER_APP_VERSION } from '$lib/teach/limits';
import { MAX_STUDENT_CHARS } from '$lib/teach/receipt';
import { freshDbEachTest } from '$lib/test/db';
import { sample } from '$lib/test/factories';
import { teacherPackWith } from '$lib/test/teacher-pack';
import PaperAnswers from './PaperAnswers.svelte';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh), 'paper-answers');

// The real store, into this test's database.
vi.mock('$lib/db/load', () => ({
	load: {
		teach: async () => ({
			storeReceipts: (...[receipts, , now, known]: Parameters<typeof storeReceipts>) =>
				storeReceipts(receipts, db, now, known)
		})
	}
}));

const questions: Question[] = [
	sample.single(),
	sample.multi(),
	sample.matching(),
	sample.ordering(),
	sample.short(),
	sample.evidence()
];
const pack: Pack = teacherPackWith(questions);
const assignment = makeAssignment({
	packId: pack.id,
	questionIds: questions.map((q) => q.id),
	due: null,
	attemptsAllowed: 1
});

async function setup(names: string[] = []) {
	await saveAssignment(assignment, db);
	const onclose = vi.fn();
	render(PaperAnswers, {
		assignment,
		pack,
		names,
		known: new Set(questions.map((q) => q.id)),
		onclose
	});
	const user = userEvent.setup();
	await screen.findByRole('group', { name: /^1\. Which company was banned\?/ });
	return { user, onclose };
}

const question = (n: number) => screen.getByRole('group', { name: new RegExp(`^${n}\\. `) });
const save = () => screen.getByRole('button', { name: 'Save answers' });
const name = () => screen.getByRole('combobox', { name: 'Student’s name' });

describe("entering a paper student's answers", () => {
	it('offers the names on the class list, and focuses the name first', async () => {
		await setup(['Zoë Lambert', 'Ben Okafor']);
		expect(name()).toHaveFocus();
		const list = document.getElementById('paper-names');
		expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual([
			'Zoë Lambert',
			'Ben Okafor'
		]);
	});

	it('needs a name, and stores nothing without one', async () => {
		const { user } = await setup();
		const field = screen.getByRole('textbox', { name: 'Student’s name' });
		await user.click(save());
		expect(field).toHaveAccessibleDescription('Enter the student’s name.');
		expect(field).toHaveFocus();
		expect(field).toHaveAttribute('maxlength', String(MAX_STUDENT_CHARS));
		expect(await db.receipts.count()).toBe(0);
	});

	it('scores what was picked for each type and stores it as a receipt from paper', async () => {
		const { user } = await setup();
		await user.type(screen.getByRole('textbox', { name: 'Student’s name' }), 'Ada');
		// Each left blank until picked.
		expect(within(question(1)).getByRole('radio', { name: 'Left blank' })).toBeChecked();
		await user.click(within(question(1)).getByRole('radio', { name: 'A. Micron' }));
		await user.click(within(question(2)).getByRole('checkbox', { name: 'A. Micron' }));
		await user.click(within(question(2)).getByRole('checkbox', { name: 'B. SK Hynix' }));
		await user.selectOptions(
			within(question(3)).getByRole('combobox', { name: '1. CAC' }),
			'B. Regulator'
		);
		await user.selectOptions(
			within(question(4)).getByRole('combobox', { name: '1st' }),
			'C. Review opened'
		);
		await user.selectOptions(
			within(question(4)).getByRole('combobox', { name: '2nd' }),
			'B. Review ended'
		);
		await user.selectOptions(
			within(question(4)).getByRole('combobox', { name: '3rd' }),
			'A. Ban announced'
		);
		await user.type(within(question(5)).getByRole('textbox', { name: 'What they wrote' }), ' cac');
		await user.click(
			within(question(6)).getByRole('checkbox', { name: 'The article does not say' })
		);
		await user.click(save());

		expect(await screen.findByText('Added Ada: 72% (4.33 of 6).')).toBeInTheDocument();
		const [row] = await db.receipts.toArray();
		expect(row?.receipt).toMatchObject({
			student: 'Ada',
			appVersion: PAPER_APP_VERSION,
			attemptsUsed: 1,
			score: { credit: 4.33, total: 6, percent: 72 }
		});
		expect(row?.receipt.results.map((r) => r.credit)).toEqual([1, 1, 0.3333, 1, 1, 0]);
		expect(row?.receipt.results[5]?.answer).toBe('The article does not say');
		// Ready for the next student.
		expect(screen.getByRole('textbox', { name: 'Student’s name' })).toHaveValue('');
		expect(within(question(1)).getByRole('radio', { name: 'Left blank' })).toBeChecked();
	});

	it('adds the same worksheet once', async () => {
		const { user } = await setup();
		await user.type(screen.getByRole('textbox', { name: 'Student’s name' }), 'Ada');
		await user.click(save());
		expect(await screen.findByText(/^Added Ada:/)).toBeInTheDocument();
		await user.type(screen.getByRole('textbox', { name: 'Student’s name' }), 'Ada');
		await user.click(save());
		expect(await screen.findByRole('alert')).toHaveTextContent(
			/^Ada’s answers handed in on .* are already in the gradebook: nothing was added\.$/
		);
		expect(await db.receipts.count()).toBe(1);
	});

	it('closes from its Close button', async () => {
		const { user, onclose } = await setup();
		await user.click(screen.getByRole('button', { name: 'Close' }));
		expect(onclose).toHaveBeenCalledOnce();
	});
});
