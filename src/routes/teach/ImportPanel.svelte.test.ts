import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChipwiseDB } from '$lib/db/db';
import { importReceipts, saveAssignment } from '$lib/db/teach';
import { makeAssignment, makeReceipt } from '$lib/teach/factories';
import { encodeReceipt } from '$lib/teach/receipt';
import { freshDbEachTest } from '$lib/test/db';
import ImportPanel from './ImportPanel.svelte';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh), 'import-panel');

// The real import, into this test's database.
vi.mock('$lib/db/load', () => ({
	load: {
		teach: async () => ({
			importReceipts: (...[sources, , now, options]: Parameters<typeof importReceipts>) =>
				importReceipts(sources, db, now, options)
		})
	}
}));

const assignment = makeAssignment({ title: 'Week 3 check' });
const code = (student: string) => encodeReceipt(makeReceipt(undefined, { student }));

async function paste(text: string) {
	render(ImportPanel, { known: new Set(assignment.questionIds) });
	const user = userEvent.setup();
	const box = screen.getByRole('textbox', { name: 'Paste receipt codes or links' });
	await user.click(box);
	await user.paste(text);
	await user.click(screen.getByRole('button', { name: 'Add results' }));
	await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/added/));
	return { box, report: screen.getByRole('status') };
}

describe('adding pasted receipts', () => {
	it('quotes each rejected piece with its reason, and leaves only those in the box', async () => {
		await saveAssignment(assignment, db);
		const cut = code('Cy').slice(0, -20);
		const { box, report } = await paste(
			[
				`Ada sent ${code('Ada')} this morning`,
				'',
				'Hello Ms Novak, here are the results',
				`https://chipwise.example/teach/receipt/#${code('Bob')}`,
				cut,
				'Thanks!'
			].join('\n')
		);

		expect(report).toHaveTextContent('Pasted text: 2 results added, 3 rejected.');
		expect(report).toHaveTextContent('2 results added to “Week 3 check”.');
		const reasons = [...report.querySelectorAll('.rejected li')].map((li) => li.textContent);
		expect(reasons.map((r) => r?.replace(/\s+/g, ' ').trim())).toEqual([
			'“Hello Ms Novak, here…”: This is not a receipt code or link.',
			`“${cut.slice(0, 23)}…”: This receipt code looks cut off or changed. Ask the student to copy it again.`,
			'“Thanks!”: This is not a receipt code or link.'
		]);
		// Quoted text is isolated, so a right-to-left name cannot turn the sentence around.
		expect(report.querySelectorAll('.rejected bdi')).toHaveLength(3);
		expect(report).toHaveTextContent('What was not added is left in the box above');
		expect(box).toHaveValue(['Hello Ms Novak, here are the results', cut, 'Thanks!'].join('\n'));
		expect(await db.receipts.count()).toBe(2);
	});

	it('empties the box when everything was added', async () => {
		const { box, report } = await paste(`${code('Ada')} ${code('Bob')}\n${code('Ada')}`);
		expect(report).toHaveTextContent('Pasted text: 2 results added, 1 duplicate merged.');
		expect(report).not.toHaveTextContent('left in the box');
		expect(box).toHaveValue('');
	});
});
