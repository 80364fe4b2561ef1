import type { Page } from '@playwright/test';
import { decodeAssignment } from '../../src/lib/teach/assignment';
import { makeReceipt } from '../../src/lib/teach/factories';
import { encodeReceipt } from '../../src/lib/teach/receipt';
import { expect, gotoReady, test } from './fixtures';

/** Makes an assignment through the form, opens its gradebook; returns its id and questions. */
async function gradebook(page: Page): Promise<{ id: string; questionIds: string[] }> {
	await gotoReady(page, '/teach/');
	await page.getByRole('button', { name: 'New assignment' }).click();
	await page.getByLabel('Title').fill('Week 3 check');
	await page
		.getByRole('group', { name: 'The ban: who, what, how' })
		.getByRole('checkbox', { name: /^Basics/ })
		.check();
	await page.getByRole('button', { name: 'Save assignment' }).click();
	const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();
	const decoded = decodeAssignment(link);
	if (!decoded.ok) throw new Error(decoded.error.message);
	await page.getByRole('link', { name: 'Gradebook', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Week 3 check' })).toBeVisible();
	return decoded.assignment;
}

/** A receipt code of a student who answered every question of the assignment. */
function receiptCode(assignment: { id: string; questionIds: string[] }, student: string): string {
	const results = assignment.questionIds.map((questionId) => ({
		questionId,
		credit: 1,
		answer: 'Micron'
	}));
	return encodeReceipt(
		makeReceipt(
			results.map(() => 1),
			{ assignmentId: assignment.id, student, results }
		)
	);
}

test.describe('Teach: pasting receipts with mistakes in them', () => {
	test('the good ones are added, the others quoted with the reason and left in the box', async ({
		page
	}) => {
		const assignment = await gradebook(page);
		const cut = receiptCode(assignment, 'Cy').slice(0, -30);
		const junk = ['Hello Ms Novak, here are the results from 10B', 'Have a nice weekend!'];
		const box = page.getByLabel('Paste receipt codes or links');
		await box.fill(
			[
				junk[0],
				'',
				`Ada: ${receiptCode(assignment, 'Ada')}`,
				`https://chipwise.example/teach/receipt/#${receiptCode(assignment, 'Bob')}`,
				cut,
				junk[1]
			].join('\n')
		);
		await page.getByRole('button', { name: 'Add results' }).click();

		const report = page.getByRole('status').filter({ hasText: 'Pasted text' });
		await expect(report).toContainText('Pasted text: 2 results added, 3 rejected.');
		await expect(report).toContainText('2 results added to “Week 3 check”.');
		await expect(report.getByRole('listitem')).toHaveText([
			'“Hello Ms Novak, here…”: This is not a receipt code or link.',
			`“${cut.slice(0, 23)}…”: This receipt code looks cut off or changed. Ask the student to copy it again.`,
			'“Have a nice weekend!”: This is not a receipt code or link.'
		]);
		await expect(box).toHaveValue([junk[0], cut, junk[1]].join('\n'));
		await expect(page.getByRole('row', { name: /Ada/ })).toBeVisible();
		await expect(page.getByRole('row', { name: /Bob/ })).toBeVisible();

		// The cut code mended (here: sent again whole) goes in, and the box is emptied of it.
		await box.fill(receiptCode(assignment, 'Cy'));
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(report).toContainText('Pasted text: 1 result added.');
		await expect(box).toHaveValue('');
		await expect(page.getByRole('row', { name: /Cy/ })).toBeVisible();
	});
});
