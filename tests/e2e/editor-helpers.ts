import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Picks `quote` in the article for the quote field `label` inside `scope`, as a selection. */
export async function pickQuote(scope: Locator, label: string, quote: string): Promise<void> {
	await scope.getByRole('button', { name: `Pick from the article: ${label}`, exact: true }).click();
	const source = scope.getByRole('textbox', { name: /^Select the words in the article/ });
	await source.evaluate((el: HTMLTextAreaElement, q) => {
		const start = el.value.indexOf(q);
		el.focus();
		el.setSelectionRange(start, start + q.length);
	}, quote);
	await scope.getByRole('button', { name: 'Use these words' }).click();
	await expect(scope.getByRole('textbox', { name: label, exact: true })).toHaveValue(quote);
}

/** Starts a new pack and fills in its article. */
export async function startPack(
	page: Page,
	article: { title: string; headline: string; outlet: string; date: string; text: string }
): Promise<void> {
	await page.getByRole('button', { name: 'Start a new pack' }).click();
	await page.getByRole('textbox', { name: 'Pack title' }).fill(article.title);
	await page.getByRole('textbox', { name: 'Summary' }).fill('What happened, and who said what.');
	await page.getByRole('textbox', { name: 'Headline' }).fill(article.headline);
	await page.getByRole('textbox', { name: 'Outlet' }).fill(article.outlet);
	await page.getByLabel('Date published').fill(article.date);
	await page.getByRole('textbox', { name: 'Article text' }).fill(article.text);
}
