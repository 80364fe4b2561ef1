import type { Page } from '@playwright/test';
import { startFallbackHost } from './fallback-host';
import { expect, gotoReady, test, waitForOffline } from './fixtures';

const UNKNOWN = [
	'/quiz/nope/',
	'/module/nope/',
	'/module/the-ban/nope/',
	'/module/__proto__/',
	'/quiz/constructor/',
	'/module/the-ban/toString/'
];

async function expectNotFound(page: Page) {
	await expect(
		page.getByRole('heading', { level: 1, name: "We can't find that page" })
	).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: 'Learn' })).toBeVisible();
	await expect(page.getByText('500')).toHaveCount(0);
	await expect(page.getByText('Internal Error')).toHaveCount(0);
}

/** Follows an in-app link, as SvelteKit's router does, without a full page load. */
async function followLink(page: Page, href: string) {
	await page.evaluate((href) => {
		const a = Object.assign(document.createElement('a'), { href, textContent: 'Go there' });
		document.querySelector('main')?.append(a);
	}, href);
	await page.getByRole('link', { name: 'Go there' }).click();
}

test('an unknown address opens a friendly "not found" page, with the service worker', async ({
	page
}) => {
	await gotoReady(page, '/');
	await waitForOffline(page);
	for (const path of UNKNOWN) {
		await gotoReady(page, path);
		await expectNotFound(page);
	}
	await page.getByRole('main').getByRole('link', { name: 'Learn' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
});

test('an unknown link followed inside the app says "not found"', async ({ page }) => {
	await gotoReady(page, '/');
	for (const path of ['/module/nope/', '/module/__proto__/', '/quiz/toString/']) {
		await followLink(page, path);
		await expectNotFound(page);
		await gotoReady(page, '/');
	}
});

test.describe('on a host that answers every unknown address with the app shell', () => {
	test.use({ serviceWorkers: 'block' });

	test('the missing page data, answered as HTML, still says "not found"', async ({
		page,
		request
	}) => {
		const shell = await (await request.get('/200.html')).text();
		await page.route(
			(url) => UNKNOWN.some((p) => url.pathname.startsWith(p)),
			(route) => route.fulfill({ status: 200, contentType: 'text/html', body: shell })
		);
		await gotoReady(page, '/quiz/nope/');
		await expectNotFound(page);
		await gotoReady(page, '/');
		await followLink(page, '/module/nope/');
		await expectNotFound(page);
	});
});

test.describe('on a host that answers unknown addresses with the shell, with the service worker', () => {
	let host: Awaited<ReturnType<typeof startFallbackHost>>;
	test.beforeAll(async () => (host = await startFallbackHost()));
	test.afterAll(async () => host.close());

	test('unknown addresses say "not found" and do not grow the offline copy', async ({ page }) => {
		await gotoReady(page, `${host.url}/`);
		await waitForOffline(page);
		const entries = () =>
			page.evaluate(async () => {
				let n = 0;
				for (const key of await caches.keys()) n += (await (await caches.open(key)).keys()).length;
				return n;
			});
		const before = await entries();
		for (let i = 0; i < 5; i++) {
			await gotoReady(page, `${host.url}/junk-${i}/`);
			await expectNotFound(page);
		}
		await gotoReady(page, `${host.url}/module/__proto__/`);
		await expectNotFound(page);
		expect(await entries()).toBe(before);
		// The app's own pages are still kept as they are opened.
		await gotoReady(page, `${host.url}/glossary/`);
		expect(await entries()).toBe(before + 1);
	});
});

test('on a phone, the ways on are full touch targets, each with its words close by', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await gotoReady(page, '/');
	await followLink(page, '/module/nope/');
	await expectNotFound(page);
	const items = page.getByRole('main').getByRole('listitem');
	for (const name of ['Learn', 'Progress']) {
		const item = items.filter({ has: page.getByRole('link', { name }) });
		const box = await item.getByRole('link').boundingBox();
		expect(box?.height).toBeGreaterThanOrEqual(44);
		// The description wraps at 320 px; its second line follows the first, not a link's
		// height below it.
		expect((await item.boundingBox())?.height).toBeLessThan(60);
	}
});
