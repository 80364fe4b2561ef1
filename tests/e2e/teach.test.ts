import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/teach/assignment';
import { flip, makeAssignment, makeReceipt } from '../../src/lib/teach/factories';
import { encodeReceipt } from '../../src/lib/teach/receipt';
import { expect, gotoReady, test, waitForOffline } from './fixtures';
import { layoutShift, watchLayoutShifts } from './layout-shift';
import { answerCorrectly, answerWrongly, packQuestions, shownQuestion } from './quiz-helpers';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Fails the test on any alert, confirm or prompt: imported text must never run. */
function forbidDialogs(page: Page): string[] {
	const seen: string[] = [];
	page.on('dialog', (dialog) => {
		seen.push(dialog.message());
		void dialog.dismiss();
	});
	return seen;
}

test.describe('Teach: assign, do it offline, send the receipt back', () => {
	test('a teacher assigns a set, a student does it offline, the gradebook shows the result', async ({
		page: teacher,
		browser,
		baseURL
	}) => {
		test.setTimeout(120_000);
		// The teacher makes a test from one module's Basics set.
		await gotoReady(teacher, '/teach/');
		await teacher.getByRole('button', { name: 'New assignment' }).click();
		await teacher.getByLabel('Title').fill('Micron ban: week 3');
		await teacher.getByLabel('Class', { exact: true }).fill('10B');
		await teacher
			.getByRole('group', { name: 'The ban: who, what, how' })
			.getByRole('checkbox', { name: /^Basics/ })
			.check();
		await expect(teacher.getByText('7 questions chosen')).toBeVisible();
		await teacher.getByRole('radio', { name: /^Test/ }).check();
		await teacher.getByRole('radio', { name: /^Paste in the class chat/ }).check();
		await teacher.getByRole('button', { name: 'Save assignment' }).click();
		await expect(teacher.getByText(/results\spasted\sin\sthe\sclass\schat/)).toBeVisible();
		const link = await teacher.getByLabel('Assignment link', { exact: true }).inputValue();
		expect(link).toMatch(/\/a\/#A2\./);
		await expect(teacher.getByText(`Link: ${link.length} characters`)).toBeVisible();
		await expect(
			teacher.getByRole('img', { name: /QR code of the assignment link/ })
		).toBeVisible();

		// The student opens the link, loses the connection, and does the test.
		const studentContext = await browser.newContext({ baseURL });
		const student = await studentContext.newPage();
		await gotoReady(student, link);
		await waitForOffline(student);
		const questions = await packQuestions(student, 'the-ban.basics');
		await studentContext.setOffline(true);
		await expect(
			student.getByRole('heading', { level: 1, name: 'Micron ban: week 3' })
		).toBeVisible();
		await expect(
			student.getByText('Copy your receipt and paste it in the class chat')
		).toBeVisible();
		await student.getByLabel('Your name, as your teacher should see it').fill('Zoë');
		await student.getByRole('button', { name: 'Start' }).click();

		let missed: { prompt: string; answer: string } | null = null;
		for (let n = 1; n <= 7; n++) {
			await expect(student.getByRole('heading', { name: `Question ${n} of 7` })).toBeVisible();
			const q = await shownQuestion(student, questions);
			if (!missed && q.type === 'single') {
				await answerWrongly(student, q);
				const answer = (q.options ?? []).find((o) => o !== q.answer) ?? '';
				missed = { prompt: q.prompt, answer };
			} else await answerCorrectly(student, q);
			if (n < 7) await student.getByRole('button', { name: 'Next', exact: true }).click();
			// A reload, still offline, resumes at the same question.
			if (n === 4) {
				await expect(student.getByRole('heading', { name: 'Question 5 of 7' })).toBeVisible();
				await student.reload();
				await expect(student.getByRole('button', { name: 'Question 4, answered' })).toBeVisible();
			}
		}
		expect(missed).not.toBeNull();
		await student.getByRole('button', { name: 'Submit the test' }).click();
		await expect(student.getByText(/Your score\s*86%/)).toBeVisible();
		await expect(student.getByText(/not a secure exam result/)).toBeVisible();
		// The way the teacher chose comes first; the QR code is folded away with the others.
		await expect(
			student.getByText(/asked you to copy it and paste it in the class chat/)
		).toBeVisible();
		await expect(student.getByRole('button', { name: 'Copy your receipt' })).toBeVisible();
		await expect(student.getByRole('img', { name: 'QR code of your receipt link' })).toBeHidden();
		const code = await student.getByLabel('Receipt code', { exact: true }).inputValue();
		expect(code).toMatch(/^R2\./);

		// The student's Learn page lists it as done.
		await gotoReady(student, '/');
		const assigned = student.getByRole('region', { name: 'Assigned to me' });
		await expect(assigned.getByRole('listitem')).toHaveCount(1);
		await expect(assigned).toContainText('Done: 86%');
		await studentContext.close();

		// The teacher pastes the code into the gradebook.
		await teacher.getByRole('link', { name: 'Gradebook' }).click();
		await expect(teacher.getByRole('heading', { name: 'Micron ban: week 3' })).toBeVisible();
		await teacher.getByLabel('Paste receipt codes or links').fill(code);
		await teacher.getByRole('button', { name: 'Add results' }).click();
		await expect(teacher.getByText('Pasted text: 1 result added.')).toBeVisible();
		const row = teacher.getByRole('row', { name: /Zoë/ });
		await expect(row).toContainText('86%');
		await expect(row).toContainText('Passed');
		const analysis = teacher.getByRole('table', { name: 'Each question across the class' });
		await expect(analysis.getByRole('row')).toHaveCount(8);
		await expect(
			analysis.getByRole('row').filter({ hasText: `${missed?.answer} (1×)` })
		).toContainText('0%');

		const [download] = await Promise.all([
			teacher.waitForEvent('download'),
			teacher.getByRole('button', { name: 'Download CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('Micron-ban-week-3.csv');
		const csv = await readFile(await download.path(), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const [header, first, rest] = csv.slice(1).split('\r\n');
		expect(header).toMatch(/^Student,Score \(%\),Points,Total,Status,On time,Attempts,Time \(s\)/);
		expect(header?.split(',').filter((c) => c.startsWith('Q'))).not.toHaveLength(0);
		expect(first).toMatch(/^Zoë,86,6,7,Passed,Yes,1,\d+,\d{4}-\d\d-\d\dT/);
		expect(rest).toBe('');

		// Opened again on a phone: what is painted first stays where it is when the results come.
		await teacher.setViewportSize({ width: 360, height: 740 });
		await watchLayoutShifts(teacher);
		await teacher.reload();
		await expect(teacher.getByRole('row', { name: /Zoë/ })).toBeVisible();
		const { shifts, moved } = await layoutShift(teacher);
		expect(shifts, `moved: ${moved.join(', ')}`).toBe(0);
	});

	test('a hostile name in a receipt link shows as text and runs nothing', async ({ page }) => {
		const dialogs = forbidDialogs(page);
		const code = encodeReceipt(makeReceipt(undefined, { student: HOSTILE }));
		await gotoReady(page, `/teach/receipt/#${code}`);
		await expect(page.getByRole('status').getByText(HOSTILE)).toBeVisible();
		await expect(page.getByText('for an assignment not made on this device')).toBeVisible();
		await page.getByRole('link', { name: 'See results' }).click();
		await expect(page.getByRole('heading', { name: /not made on this device/ })).toBeVisible();
		await expect(page.getByText(HOSTILE)).toBeVisible();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('a receipt opened where its assignment was not made is named by its title', async ({
		page
	}) => {
		const code = encodeReceipt(makeReceipt(undefined, { student: 'Ana', title: 'Week 3 check' }));
		await gotoReady(page, `/teach/receipt/#${code}`);
		await expect(page.getByRole('main').getByRole('status')).toContainText(
			'for “Week 3 check”, an assignment not made on this device'
		);
		await page.getByRole('link', { name: 'See results' }).click();
		await expect(page.getByRole('heading', { level: 3, name: '“Week 3 check”' })).toBeVisible();
	});

	test('a damaged assignment link says so and adds nothing to "Assigned to me"', async ({
		page
	}) => {
		const good = encodeAssignment(makeAssignment({ title: 'Week 4' }));
		for (const bad of [flip(good, 30), good.slice(0, -9)]) {
			await gotoReady(page, '/');
			await gotoReady(page, `/a/#${bad}`);
			await expect(
				page.getByRole('heading', { name: "This assignment can't be opened" })
			).toBeVisible();
			await expect(page.getByRole('alert')).toContainText(/damaged|changed|copied whole/);
		}
		await gotoReady(page, '/');
		await expect(page.getByRole('heading', { name: 'Assigned to me' })).toHaveCount(0);

		// The same link undamaged is kept, once.
		await gotoReady(page, `/a/#${good}`);
		await expect(page.getByRole('heading', { level: 1, name: 'Week 4' })).toBeVisible();
		// As a student goes to Learn: a reload at once could cut the write that keeps it short.
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Learn' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
		const assigned = page.getByRole('region', { name: 'Assigned to me' });
		await expect(assigned.getByRole('listitem')).toHaveCount(1);
		await expect(assigned).toContainText('Not started');
		await assigned.getByRole('link', { name: 'Week 4' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Week 4' })).toBeVisible();
	});
});
