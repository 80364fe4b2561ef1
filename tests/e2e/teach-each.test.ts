import { expect, gotoReady, test, waitForOffline } from './fixtures';
import { assignBasics, receiptCode } from './teach-helpers';

test.describe('Teach: a follow-up for each student', () => {
	test('each student gets the questions they missed, with a link that opens offline', async ({
		page,
		browser,
		baseURL
	}) => {
		test.setTimeout(90_000);
		// Three results come back: Ada missed one question, Ben two, Cleo none.
		const a = await assignBasics(page, 'Week 3', '10B');
		await page.getByRole('link', { name: 'Gradebook' }).click();
		await page
			.getByLabel('Paste receipt codes or links')
			.fill(
				[
					receiptCode(a, 'Ada', [1, 1, 1, 1, 1, 1, 0]),
					receiptCode(a, 'Ben', [0, 1, 1, 0, 1, 1, 1]),
					receiptCode(a, 'Cleo', [1, 1, 1, 1, 1, 1, 1])
				].join('\n')
			);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText('Pasted text: 3 results added.')).toBeVisible();

		await page.getByRole('button', { name: 'A follow-up for each student (2 students)' }).click();
		const made = page.getByRole('region', { name: 'A follow-up for each student' });
		await expect(made.getByRole('heading', { level: 3 })).toBeFocused();
		await expect(made).toContainText('Made 2 follow-ups');
		const students = made.getByRole('listitem');
		await expect(students).toHaveCount(2);
		const ada = students.filter({ has: page.getByRole('heading', { name: 'Ada' }) });
		const ben = students.filter({ has: page.getByRole('heading', { name: 'Ben' }) });
		await expect(ada).toContainText('1 question');
		await expect(ben).toContainText('2 questions');
		await expect(
			ben.getByRole('img', { name: 'QR code of the follow-up link for Ben' })
		).toBeVisible();
		await expect(
			made.getByRole('button', { name: 'Print slips (one for each student)' })
		).toBeVisible();
		const link = await ben.getByRole('textbox', { name: 'Link for Ben' }).inputValue();

		// A student's device, offline after one visit of the app, opens Ben's link.
		const context = await browser.newContext({ baseURL });
		const student = await context.newPage();
		await gotoReady(student, '/');
		await waitForOffline(student);
		await context.setOffline(true);
		await gotoReady(student, link);
		await expect(
			student.getByRole('heading', { level: 1, name: 'Week 3: follow-up for Ben' })
		).toBeVisible();
		await student.getByLabel('Your name, as your teacher should see it').fill('Ben');
		await student.getByRole('button', { name: 'Start' }).click();
		await expect(student.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
		await context.close();

		// The Teach page folds them under the assignment they follow, each with its Share.
		await gotoReady(page, '/teach/');
		await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Week 3']);
		await page.getByText('Follow-ups for each student (2)').click();
		const each = page.getByRole('group').getByRole('listitem');
		await expect(each).toHaveCount(2);
		await expect(each.first()).toContainText('Week 3: follow-up for Ada');
		await expect(each.last()).toContainText('Week 3: follow-up for Ben');
		await each.last().getByRole('button', { name: 'Share Week 3: follow-up for Ben' }).click();
		await expect(
			page.getByRole('heading', { name: 'Share “Week 3: follow-up for Ben”' })
		).toBeVisible();
	});
});
