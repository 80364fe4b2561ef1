import { expect, test } from './fixtures';
import { assignBasics } from './teach-helpers';

test.describe('Teach: a class on paper', () => {
	test("a teacher prints the worksheet with its key, then enters a paper student's answers", async ({
		page
	}) => {
		await assignBasics(page, 'Paper week');

		// Printed: the worksheet, then its key from a new page. The browser's dialog is left out.
		await page.evaluate(() => {
			window.print = () => document.body.setAttribute('data-printed', 'yes');
		});
		await page.getByRole('button', { name: 'Print a worksheet' }).click();
		await expect(page.locator('body[data-printed="yes"]')).toBeAttached();
		await page.emulateMedia({ media: 'print' });
		const sheet = page.getByRole('region', { name: 'Paper week', exact: true });
		await expect(sheet.getByRole('heading', { level: 1, name: 'Paper week' })).toBeVisible();
		await expect(sheet).toContainText('Name:');
		await expect(sheet.getByRole('listitem').filter({ hasText: /^1\./ })).toContainText(
			'Which body announced the ban on Micron products?'
		);
		const key = page.getByRole('region', { name: 'Answer key' });
		await expect(key.getByRole('heading', { name: 'Answer key' })).toBeVisible();
		await expect(key).toContainText('B: The Cyberspace Administration of China');
		await expect(key).toHaveCSS('break-before', 'page');
		await expect(page.getByRole('button', { name: 'Print a worksheet' })).toBeHidden();
		await page.emulateMedia({ media: 'screen' });

		// A student who did it on paper: three right, one wrong, three left blank.
		await page.getByRole('link', { name: 'Gradebook' }).click();
		await page.getByRole('button', { name: 'Enter answers from paper' }).click();
		const form = page.getByRole('region', { name: 'Enter answers from paper' });
		await expect(form.getByRole('textbox', { name: 'Student’s name' })).toBeFocused();
		await form.getByRole('textbox', { name: 'Student’s name' }).fill('Ada Paper');
		const question = (n: number) => form.getByRole('group', { name: new RegExp(`^${n}\\. `) });
		await question(1)
			.getByRole('radio', { name: 'B. The Cyberspace Administration of China' })
			.check();
		await question(2).getByRole('textbox', { name: 'What they wrote' }).fill('micron');
		await question(3).getByRole('radio', { name: 'True' }).check();
		await question(4).getByRole('radio', { name: 'True' }).check();
		await form.getByRole('button', { name: 'Save answers' }).click();
		await expect(form.getByRole('status')).toHaveText('Added Ada Paper: 43% (3 of 7).');

		// In the gradebook as a receipt would be.
		const table = page.getByRole('table', { name: /Students, one row each/ });
		const row = table.getByRole('row', { name: /Ada Paper/ });
		await expect(row).toContainText('43%');
		await expect(row).toContainText('Below pass mark');
		await expect(row).toContainText('On paper');
		await row.getByRole('button', { name: 'Ada Paper: answers' }).click();
		await expect(table.getByText('Right', { exact: true })).toHaveCount(3);

		// Nothing is stored without a name.
		await form.getByRole('button', { name: 'Save answers' }).click();
		await expect(form.getByRole('textbox', { name: 'Student’s name' })).toHaveAccessibleDescription(
			'Enter the student’s name.'
		);
		await expect(table.getByRole('row', { name: /answers/ })).toHaveCount(1);

		// Entered under the wrong name: the teacher takes the result out, after being asked.
		await table.getByRole('button', { name: 'Remove these results…' }).click();
		await expect(
			table.getByText('Remove 1 result of Ada Paper from this gradebook?')
		).toBeVisible();
		await expect(table.getByRole('button', { name: 'Keep them' })).toBeFocused();
		await table.getByRole('button', { name: 'Remove them' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Removed the results' })).toHaveText(
			'Removed the results of Ada Paper.'
		);
		await expect(table.getByRole('row', { name: /Ada Paper/ })).toHaveCount(0);
		await page.reload();
		await expect(page.getByText('No results yet.')).toBeVisible();
	});
});
