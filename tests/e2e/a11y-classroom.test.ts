import { noViolations } from './axe';
import { expect, gotoReady, test } from './fixtures';
import { assignBasics, receiptCode } from './teach-helpers';

for (const scheme of ['light', 'dark'] as const) {
	for (const viewport of [
		{ width: 360, height: 740 },
		{ width: 1280, height: 800 }
	]) {
		test.describe(`accessibility of the classroom, ${scheme}, ${viewport.width}×${viewport.height}`, () => {
			test.use({ colorScheme: scheme, viewport });

			test("classes, a class's gradebook and its follow-ups have no violations", async ({
				page
			}) => {
				test.setTimeout(90_000);
				await gotoReady(page, '/teach/classes/');
				await noViolations(page, 'no classes');
				await page.getByRole('link', { name: 'New class' }).click();
				await page.getByRole('button', { name: 'Save class' }).click();
				await expect(page.getByRole('textbox', { name: 'Class name' })).toBeFocused();
				await noViolations(page, 'the class form with its problems');
				await page.getByRole('textbox', { name: 'Class name' }).fill('10B');
				await page
					.getByRole('textbox', { name: 'Students' })
					.fill('Zoë Lambert\nBen Okafor\nAna Silva');
				await page.getByRole('button', { name: 'Save class' }).click();
				await page.getByRole('button', { name: 'Remove 10B' }).click();
				await noViolations(page, 'the classes, asking before removing');
				await page.getByRole('button', { name: 'Keep it' }).click();

				const a = await assignBasics(page, 'Week 3', '10B');
				const receipt = (student: string, credits: number[]) => receiptCode(a, student, credits);
				await page.getByRole('link', { name: 'Gradebook' }).click();
				await page
					.getByLabel('Paste receipt codes or links')
					.fill(
						`${receipt('Zoe Lambert', [1, 1, 1, 1, 0.5, 1, 0])}\n${receipt('Benny', [1, 0, 0, 0, 0, 0, 0])}\nnot a code`
					);
				await page.getByRole('button', { name: 'Add results' }).click();
				await expect(page.getByText('10B: 1 of 3 done')).toBeVisible();
				await page.getByRole('button', { name: 'Zoë Lambert: answers' }).click();
				await expect(
					page.getByRole('table', { name: 'Each learning objective across the class' })
				).toBeVisible();
				await noViolations(page, "a class's gradebook, a row open, a refused piece, a stray name");

				await page
					.getByRole('button', { name: 'A follow-up for each student (2 students)' })
					.click();
				await expect(
					page.getByRole('region', { name: 'A follow-up for each student' }).getByRole('img')
				).toHaveCount(2);
				await noViolations(page, 'a follow-up for each student');

				await page.getByRole('button', { name: /^Assign again/ }).click();
				await expect(
					page.getByRole('heading', { name: 'Share “Week 3: follow-up”' })
				).toBeVisible();
				await noViolations(page, 'the follow-up to share');
			});
		});
	}
}
