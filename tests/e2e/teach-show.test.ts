import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { american, localDay, shortDate } from '../../src/lib/text/dates';
import { expect, gotoReady, test } from './fixtures';

const TITLE = 'Micron ban: week 3';

/** The due date as the page writes it, in the browser's English. */
async function due(page: Page): Promise<string> {
	const language = await page.evaluate(() => navigator.language);
	return shortDate(localDay('2026-12-08'), american(language));
}

/** Makes a 7-question test for class 10B, due 8 December 2026, and lands on its share view. */
async function makeAssignment(page: Page): Promise<void> {
	await gotoReady(page, '/teach/');
	await page.getByRole('button', { name: 'New assignment' }).click();
	await page.getByLabel('Title').fill(TITLE);
	await page.getByLabel('Class', { exact: true }).fill('10B');
	await page
		.getByRole('group', { name: 'The ban: who, what, how' })
		.getByRole('checkbox', { name: /^Basics/ })
		.check();
	await page.getByRole('radio', { name: /^Test/ }).check();
	await page.getByLabel('Due date').fill('2026-12-08');
	await page.getByLabel('Attempts allowed').fill('2');
	await page.getByRole('button', { name: 'Save assignment' }).click();
	await expect(page.getByRole('heading', { name: `Share “${TITLE}”` })).toBeVisible();
}

test.describe('Teach: show an assignment to the class', () => {
	test('the QR code fills the screen, and Escape gives focus back', async ({ page }) => {
		await makeAssignment(page);
		const share = page.getByRole('region', { name: `Share “${TITLE}”` });
		await expect(share).toContainText(
			`Class 10B · 7 questions · Test · pass mark 60% · 2 attempts · due ${await due(page)}`
		);

		const show = page.getByRole('button', { name: 'Show to the class' });
		await show.click();
		const view = page.getByRole('dialog', { name: TITLE });
		await expect(view).toBeVisible();
		await expect(view.getByRole('heading', { name: TITLE })).toBeVisible();
		await expect(view).toContainText('Class 10B · 7 questions · Test');
		await expect(view).toContainText(`Due ${await due(page)}`);
		await expect(view.getByRole('button', { name: 'Close' })).toBeFocused();
		const code = view.getByRole('img', { name: `QR code of the assignment link for ${TITLE}` });
		await expect(code).toBeVisible();
		// As large as the screen allows: most of the smaller side of the viewport.
		const box = await code.boundingBox();
		const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
		expect(box?.width).toBeGreaterThan(0.6 * Math.min(width, height));
		expect(box?.width).toBeCloseTo(box?.height ?? 0, 0);

		await page.keyboard.press('Escape');
		await expect(view).toBeHidden();
		await expect(show).toBeFocused();
		expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();

		// And again, closed by its button.
		await show.press('Enter');
		await expect(view).toBeVisible();
		await view.getByRole('button', { name: 'Close' }).click();
		await expect(view).toBeHidden();
		await expect(show).toBeFocused();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`the open view has no axe violations (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await makeAssignment(page);
			await page.getByRole('button', { name: 'Show to the class' }).click();
			const view = page.getByRole('dialog', { name: TITLE });
			await expect(view.getByRole('img', { name: /QR code/ })).toBeVisible();
			const { violations } = await new AxeBuilder({ page })
				.include('dialog')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}
});
