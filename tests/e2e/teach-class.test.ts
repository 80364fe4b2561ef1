import { expect, gotoReady, test } from './fixtures';
import { assignBasics, receiptCode } from './teach-helpers';

test.describe('Teach: a class list', () => {
	test("a class's gradebook shows everyone on the list, and a stray name is matched in one step", async ({
		page
	}) => {
		// The teacher keeps a class of three.
		await gotoReady(page, '/teach/');
		await page.getByRole('link', { name: 'Classes' }).click();
		await page.getByRole('link', { name: 'New class' }).click();
		await page.getByRole('textbox', { name: 'Class name' }).fill('10B');
		await page
			.getByRole('textbox', { name: 'Students' })
			.fill('Zoë Lambert\nBen Okafor\n\nAna Silva\nzoe lambert');
		await expect(page.getByText('4 names')).toBeVisible();
		await page.getByRole('button', { name: 'Save class' }).click();
		await expect(page.getByRole('status').first()).toHaveText(
			'Saved 10B (3 students). Listed twice, kept once: zoe lambert.'
		);
		await expect(page.getByRole('listitem').filter({ hasText: '10B' })).toContainText('3 students');

		// A second class may not take the same name.
		await page.getByRole('link', { name: 'New class' }).click();
		await page.getByRole('textbox', { name: 'Class name' }).fill(' 10b');
		await page.getByRole('textbox', { name: 'Students' }).fill('Someone');
		await page.getByRole('button', { name: 'Save class' }).click();
		await expect(page.getByRole('textbox', { name: 'Class name' })).toHaveAccessibleDescription(
			/You already have a class called “10b”/
		);
		await page.getByRole('button', { name: 'Cancel' }).click();

		// An assignment for the class; two results come back, one under a name on the list, one
		// under a nickname.
		const a = await assignBasics(page, 'Week 3', '10B');
		const receipt = (student: string, credits: number[]) => receiptCode(a, student, credits);
		await page.getByRole('link', { name: 'Gradebook' }).click();
		await page
			.getByLabel('Paste receipt codes or links')
			.fill(
				`${receipt('zoe LAMBERT', [1, 1, 1, 1, 1, 1, 1])}\n${receipt('Benny', [1, 0, 0, 0, 0, 0, 0])}`
			);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText('10B: 1 of 3 done')).toBeVisible();
		const table = page.getByRole('table', { name: /Students, one row each/ });
		await expect(table.getByRole('row', { name: /Zoë Lambert/ })).toContainText('Passed');
		await expect(table.getByRole('row', { name: /Ben Okafor/ })).toContainText('Not yet submitted');
		await expect(table.getByRole('row', { name: /Ana Silva/ })).toContainText('Not yet submitted');

		const strangers = page.getByRole('region', { name: 'Not on the class list' });
		await expect(strangers).toContainText('Benny');
		await strangers.getByRole('combobox', { name: 'This is' }).selectOption('Ben Okafor');
		await strangers.getByRole('button', { name: 'Match Benny' }).click();
		await expect(page.getByText('10B: 2 of 3 done')).toBeVisible();
		await expect(table.getByRole('row', { name: /Ben Okafor/ })).toContainText('Below pass mark');
		await expect(strangers).toHaveCount(0);

		// It stays after a reload; a row opens to what the student answered.
		await page.reload();
		await expect(page.getByText('10B: 2 of 3 done')).toBeVisible();
		const ben = table.getByRole('button', { name: 'Ben Okafor: answers' });
		await ben.click();
		await expect(ben).toHaveAttribute('aria-expanded', 'true');
		await expect(table.getByText('Wrong', { exact: true })).toHaveCount(6);
		await expect(table.getByText('Right', { exact: true })).toHaveCount(1);
		await ben.click();
		await expect(table.getByText('Wrong', { exact: true })).toHaveCount(0);

		// The class's level on each learning objective the questions test.
		const levels = page.getByRole('table', { name: 'Each learning objective across the class' });
		await expect(levels.getByRole('row').nth(1)).toContainText('%');

		// The six questions Ben missed go out again to the class in one step.
		await page.getByRole('button', { name: 'Assign again (6 questions)' }).click();
		await expect(page.getByRole('heading', { name: 'Share “Week 3: follow-up”' })).toBeVisible();
		await expect(page.getByRole('main')).toContainText('6 questions');
		await expect(page.getByRole('main')).toContainText('10B');
	});
});
