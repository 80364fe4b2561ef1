import { test as base, expect, type Locator, type Page } from '@playwright/test';

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

const offlineNotice = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'Ready to use offline.' });

async function putAwayOfflineNotice(notice: Locator): Promise<void> {
	// A tap that leaves focus where it was, as a touch does: tests that check focus stay true.
	await notice.getByRole('button', { name: 'OK' }).dispatchEvent('click');
}

/** Leaves the "Ready to use offline" notice up, for a test that checks it. */
export async function keepOfflineNotice(page: Page): Promise<Locator> {
	const notice = offlineNotice(page);
	await page.removeLocatorHandler(notice);
	return notice;
}

/**
 * Every test fails on a Content Security Policy violation in any page of its context: the
 * page reports each one to the console, where the fixture collects it.
 */
export const test = base.extend<{ cspGuard: void }>({
	// The first visit's "Ready to use offline" notice passes over the bottom of the screen and
	// stays while a pointer rests on it. A person aiming at a button under it presses its OK;
	// so does every test, except those that look at the notice (see `keepOfflineNotice`).
	page: async ({ page }, use) => {
		await page.addLocatorHandler(offlineNotice(page), putAwayOfflineNotice);
		await use(page);
	},
	cspGuard: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(
						`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`
					)
				);
			});
			context.on('console', (msg) => {
				if (msg.type() === 'error' && /Content Security Policy|CSP violation/i.test(msg.text())) {
					violations.push(msg.text());
				}
			});
			await use();
			expect(violations, 'Content Security Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };
