import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, gotoReady, test } from './fixtures';
import { tabTo } from './quiz-helpers';

// A glossary term in a lesson opens its definition in place, on a phone, by touch or keyboard.
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

const LESSON = '/module/the-ban/the-ban.l1/';
const TERM = 'Cyberspace Administration of China';

const term = (page: Page) => page.getByRole('paragraph').getByRole('link', { name: TERM });
const sheet = (page: Page) => page.getByRole('dialog', { name: TERM });

test('tapping a term shows its definition on the lesson; Escape closes it and focus returns to the term', async ({
	page
}) => {
	await gotoReady(page, LESSON);
	const url = page.url();
	await expect(term(page)).toHaveAttribute('aria-expanded', 'false');

	await term(page).tap();
	await expect(sheet(page)).toBeVisible();
	await expect(page).toHaveURL(url);
	await expect(term(page)).toHaveAttribute('aria-expanded', 'true');
	await expect(sheet(page).getByRole('heading', { name: TERM })).toBeFocused();
	await expect(sheet(page)).toContainText('The Chinese regulator that announced the Micron ban.');
	await expect(sheet(page).getByRole('link', { name: 'See it in the glossary' })).toHaveAttribute(
		'href',
		`/glossary/?from=${encodeURIComponent(LESSON)}#cac`
	);
	// The sheet is whole on the screen once it has risen, its Close button a full touch target.
	const bottom = async () => {
		const box = await sheet(page).boundingBox();
		return box ? box.y + box.height : Infinity;
	};
	await expect.poll(bottom).toBeLessThanOrEqual(740);
	const close = await sheet(page).getByRole('button', { name: 'Close' }).boundingBox();
	expect(close?.width).toBeGreaterThanOrEqual(44);
	expect(close?.height).toBeGreaterThanOrEqual(44);

	await page.keyboard.press('Escape');
	await expect(sheet(page)).toBeHidden();
	await expect(term(page)).toBeFocused();
	await expect(term(page)).toHaveAttribute('aria-expanded', 'false');
	await expect(page).toHaveURL(url);
});

test('one definition at a time: another term replaces it, a tap outside or Close puts it away', async ({
	page
}) => {
	await gotoReady(page, LESSON);
	await term(page).tap();
	await expect(sheet(page)).toBeVisible();

	const micron = page.getByRole('paragraph').getByRole('link', { name: 'Micron Technology' });
	await micron.tap();
	await expect(page.getByRole('dialog', { name: 'Micron Technology' })).toBeVisible();
	await expect(page.getByRole('dialog')).toHaveCount(1);
	await expect(term(page)).toHaveAttribute('aria-expanded', 'false');

	// Tapping the open term again closes it rather than opening it anew.
	await micron.tap();
	await expect(page.getByRole('dialog')).toHaveCount(0);

	await term(page).tap();
	await expect(sheet(page)).toBeVisible();
	await page.getByRole('heading', { level: 1 }).tap();
	await expect(page.getByRole('dialog')).toHaveCount(0);

	await term(page).tap();
	await sheet(page).getByRole('button', { name: 'Close' }).tap();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(term(page)).toBeFocused();
});

test('keyboard only: Tab to the term, Enter opens its definition, Escape brings focus back', async ({
	page
}) => {
	await gotoReady(page, LESSON);
	await tabTo(page, term(page));
	await page.keyboard.press('Enter');
	await expect(sheet(page)).toBeVisible();
	await expect(sheet(page).getByRole('heading', { name: TERM })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(sheet(page).getByRole('button', { name: 'Close' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(sheet(page).getByRole('link', { name: 'See it in the glossary' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(sheet(page)).toBeHidden();
	await expect(term(page)).toBeFocused();

	// The glossary link still goes to the whole list, at the term.
	await page.keyboard.press('Enter');
	await sheet(page).getByRole('link', { name: 'See it in the glossary' }).press('Enter');
	await expect(page).toHaveURL(/\/glossary\/\?from=.*#cac$/);
	// And the glossary offers the way back to the lesson.
	await page.getByRole('link', { name: '← Back to where you were' }).click();
	await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`an open definition has no axe violations (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await gotoReady(page, LESSON);
		await term(page).tap();
		await expect(sheet(page)).toBeVisible();
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a term is a link to its glossary entry', async ({ page }) => {
		await page.goto(LESSON);
		await expect(term(page)).not.toHaveAttribute('aria-expanded');
		await term(page).tap();
		await expect(page).toHaveURL(/\/glossary\/#cac$/);
	});
});

test.describe('on a wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false });

	test('the definition opens next to the term, and a click on the term closes it', async ({
		page
	}) => {
		await gotoReady(page, LESSON);
		await term(page).click();
		await expect(sheet(page)).toBeVisible();
		const t = await term(page).boundingBox();
		const s = await sheet(page).boundingBox();
		expect(s && t && s.y >= t.y + t.height && s.y - (t.y + t.height) < 24).toBe(true);
		expect(s && t && Math.abs(s.x - t.x) < 2).toBe(true);

		await term(page).click();
		await expect(page.getByRole('dialog')).toHaveCount(0);
		await expect(term(page)).toHaveAttribute('aria-expanded', 'false');
	});
});
