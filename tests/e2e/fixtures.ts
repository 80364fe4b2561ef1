import { test as base, expect, type Page } from '@playwright/test';

/** Opens a page and waits until Svelte has hydrated it, so clicks do something. */
export async function gotoReady(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
}

/** Waits until the service worker has cached the app and controls this page. */
export async function waitForOffline(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

export const test = base;
export { expect };
