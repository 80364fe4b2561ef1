import AxeBuilder from '@axe-core/playwright';
import { expect, gotoReady, test } from './fixtures';
import { answerCorrectly, packQuestions, shownQuestion } from './quiz-helpers';

test.describe('who is learning', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('on a first visit, the header names the learner as soon as one is made', async ({
		page
	}) => {
		// A page that never settles: the learner's part of the page can only come with the learner.
		await page.addInitScript(() => {
			window.requestIdleCallback = () => 0;
		});
		await gotoReady(page, '/module/the-ban/');
		await expect(page.getByRole('button', { name: /streak/ })).toHaveCount(0);
		// Settings makes the learner whose name and look it keeps.
		await gotoReady(page, '/settings/');
		await expect(page.getByRole('button', { name: /^Learner, .*streak/ })).toBeVisible();
		const settled = await page.evaluate(
			() => performance.getEntriesByName('chipwise:settled').length
		);
		expect(settled).toBe(0);
	});

	test('the header names the learner with their streak and today’s goal, and switches learner', async ({
		page
	}) => {
		// A first visit has no learner yet, so nothing is named.
		await gotoReady(page, '/');
		await expect(page.getByRole('button', { name: /streak/ })).toHaveCount(0);

		await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
		const questions = await packQuestions(page, 'the-ban.basics');
		await answerCorrectly(page, await shownQuestion(page, questions));
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('heading', { name: /^Correct/ })).toBeVisible();

		// As a learner leaves: a reload at once could cut the answer's write short.
		await page.getByRole('link', { name: /^Close, back to/ }).click();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Learn' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
		const chip = page.getByRole('button', { name: 'Learner, 1-day streak' });
		await expect(chip).toBeVisible();
		await expect(chip).toHaveAttribute('aria-expanded', 'false');
		await chip.click();
		await expect(page.getByText('Today: 1 of 10 answers')).toBeVisible();
		await expect(page.getByText("9 more answers to reach today's goal.")).toBeVisible();
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const { violations } = await new AxeBuilder({ page })
				.include('.topbar')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(violations.map((v) => v.id)).toEqual([]);
		}
		await page.keyboard.press('Escape');
		await expect(chip).toBeFocused();
		await expect(page.getByText('Today: 1 of 10 answers')).toBeHidden();

		// A second learner on the same device starts from nothing; "Not you?" switches back.
		await chip.click();
		await page.getByRole('link', { name: 'Add or manage learners' }).click();
		await page.getByLabel('Add a learner').fill('Ana');
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Ana, no streak yet' })).toBeVisible();
		await page.getByRole('button', { name: 'Ana, no streak yet' }).click();
		await expect(page.getByText('Answer a question to start a streak.')).toBeVisible();
		await page.getByRole('button', { name: 'Switch to Learner' }).click();
		await expect(page.getByRole('button', { name: 'Learner, 1-day streak' })).toBeVisible();

		// A teacher's pages are about the class: no learner there.
		await page.getByRole('link', { name: 'Teach', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Teach' })).toBeVisible();
		await expect(page.getByRole('button', { name: /streak/ })).toHaveCount(0);

		// Opened there directly, it does not load the learner; it shows on the next learner's page.
		await gotoReady(page, '/teach/');
		await expect(page.getByRole('button', { name: /streak/ })).toHaveCount(0);
		await page.getByRole('link', { name: 'Learn', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Learner, 1-day streak' })).toBeVisible();
	});
});
