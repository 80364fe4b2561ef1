import { expect, gotoReady, keepOfflineNotice, test, waitForOffline } from './fixtures';
import { assignBasics, receiptCode } from './teach-helpers';

test.describe('the app shell', () => {
	test('renders the home page with its navigation on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await gotoReady(page, '/');
		await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const name of ['Learn', 'Review', 'Progress', 'Teach']) {
			await expect(nav.getByRole('link', { name })).toBeVisible();
		}
		await expect(nav.getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
		// The tab bar sits at the bottom of the screen on a phone.
		const box = await nav.boundingBox();
		expect(box && box.y + box.height).toBeGreaterThan(700);
	});

	test('on a wide screen, the settings button stays at the top of the page and covers nothing scrolled under it', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await gotoReady(page, '/article/');
		const settings = page.getByRole('link', { name: 'Settings' });
		await expect(settings).toBeInViewport();
		const box = await settings.boundingBox();
		if (!box) throw new Error('the settings button has no box');
		await page.mouse.wheel(0, 1200);
		await expect(settings).not.toBeInViewport();
		// Where the button was, the page itself shows.
		const under = await page.evaluate(
			({ x, y }) => document.elementFromPoint(x, y)?.closest('a[href$="/settings/"]') ?? null,
			{ x: box.x + box.width / 2, y: box.y + box.height / 2 }
		);
		expect(under).toBeNull();
	});

	test('beside the sidebar, a wide table scrolls in its own box and the page never scrolls sideways', async ({
		page
	}) => {
		const a = await assignBasics(page, 'Week 3');
		const codes = ['Ana Silva', 'Maximilian Featherstonehaugh'].map((s) =>
			receiptCode(a, s, [1, 1, 0, 1, 1, 1, 0])
		);
		await page.getByRole('link', { name: 'Gradebook' }).click();
		await page.getByLabel('Paste receipt codes or links').fill(codes.join('\n'));
		await page.getByRole('button', { name: 'Add results' }).click();
		const table = page.getByRole('table', { name: /Students, one row each/ });
		await expect(table.getByRole('row', { name: /Ana Silva/ })).toBeVisible();
		const finished = table.getByRole('columnheader', { name: /Finished/ });
		for (const width of [960, 1024]) {
			await page.setViewportSize({ width, height: 800 });
			const sizes = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth
			}));
			expect(sizes.scroll, `the page scrolls sideways at ${width} px`).toBe(sizes.client);
			// The table's last column is reached by scrolling the table.
			await finished.scrollIntoViewIfNeeded();
			await expect(finished).toBeInViewport();
		}
	});

	test('moves between sections with the navigation', async ({ page }) => {
		await gotoReady(page, '/');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Progress' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
		await expect(page).toHaveTitle(/Progress/);
	});

	test('after moving to another page, the keyboard starts from its heading', async ({ page }) => {
		await gotoReady(page, '/');
		// Not on the first load: the browser starts at the top, where the skip link is.
		await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).not.toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Review' })
			.press('Enter');
		await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Go to Learn' })).toBeFocused();
	});

	test('works offline after one visit, including a page never opened', async ({
		page,
		context
	}) => {
		await gotoReady(page, '/');
		await waitForOffline(page);
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
		// The header's mark is drawn in the page, and the tab's icon is kept for offline use.
		await expect(page.getByRole('link', { name: 'Chipwise' }).locator('svg')).toBeVisible();
		const icon = await page.evaluate(async () => {
			const response = await fetch('/favicon.png');
			return `${response.status} ${response.headers.get('content-type')}`;
		});
		expect(icon).toBe('200 image/png');
		await page.goto('/settings/');
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
		await page.goto('/glossary/');
		await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
		// A learner's device does not store the teacher's tools; offline, Teach says why.
		await page.goto('/teach/');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Teach is not on this device yet' })
		).toBeVisible();
		await expect(page.getByText(/open Teach once with a connection/)).toBeVisible();
	});

	test("stores the teacher's tools when Teach is first opened, and they work offline", async ({
		page,
		context
	}) => {
		await gotoReady(page, '/');
		await waitForOffline(page);
		const teacherFiles = async () =>
			page.evaluate(async () => {
				const groups = await (await fetch('/_app/offline-groups.json')).json();
				const stored = [];
				for (const f of groups.teacher as string[]) if (await caches.match(f)) stored.push(f);
				return { all: groups.teacher.length, stored: stored.length };
			});
		expect((await teacherFiles()).stored).toBe(0);
		await gotoReady(page, '/teach/');
		await expect.poll(async () => (await teacherFiles()).stored).toBe((await teacherFiles()).all);
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Teach' })).toBeVisible();
		await page.goto('/teach/gradebook/?id=nothing');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/not on this device/);
	});

	test('says when the app is ready to use offline, and the notice hides nothing', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const notice = await keepOfflineNotice(page);
		await gotoReady(page, '/');
		// The service worker registers once the page has settled (src/lib/app-start.ts).
		await expect(notice).toBeVisible({ timeout: 15_000 });
		await expect(notice.getByRole('button', { name: 'OK' })).toBeVisible();
		// Scrolled to its end, the page's last words stand clear above the notice.
		const last = page.locator('main > :last-child');
		// The notice's own box (its live region spans the foot of the screen).
		const toast = notice.locator('.toast');
		const clear = async () => {
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			const [end, top] = await Promise.all([last.boundingBox(), toast.boundingBox()]);
			return (end?.y ?? 0) + (end?.height ?? 0) <= (top?.y ?? 0);
		};
		await expect.poll(clear).toBe(true);
		await notice.getByRole('button', { name: 'OK' }).click();
		await expect(notice).toBeHidden();
	});

	test('one service worker serves every page, with no false "update" on deeper pages', async ({
		page
	}) => {
		await gotoReady(page, '/');
		await waitForOffline(page);
		for (const path of ['/module/the-ban/', '/module/the-ban/the-ban.l1/', '/glossary/']) {
			await gotoReady(page, path);
			await page.waitForTimeout(300);
			await expect(page.getByText('A new version of Chipwise is available.')).toHaveCount(0);
		}
		const scopes = await page.evaluate(async () =>
			(await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname)
		);
		expect(scopes).toEqual(['/']);
	});

	test('offers an installable manifest', async ({ page, request }) => {
		const response = await request.get('/manifest.webmanifest');
		const manifest = await response.json();
		expect(manifest).toMatchObject({ short_name: 'Chipwise', display: 'standalone' });
		const purposes = manifest.icons.map(
			(i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`
		);
		expect(purposes).toEqual(
			expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable'])
		);
		await gotoReady(page, '/');
		// Linked once the page has settled, with the service worker (src/lib/pwa/manifest-link.ts).
		await expect(page.locator('head link[rel="manifest"]')).toHaveCount(1);
		const cdp = await page.context().newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		// Test browsers run incognito, which Chrome never offers to install from; nothing else may block it.
		const errors = installabilityErrors.map((e: { errorId: string }) => e.errorId);
		expect(errors.filter((id: string) => id !== 'in-incognito')).toEqual([]);
	});
});

test('a choice saved in IndexedDB survives a reload', async ({ page }) => {
	await gotoReady(page, '/settings/');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.getByRole('status').getByText('Saved on this device.')).toBeVisible();
	await page.reload();
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// The browser's own colour (a phone's address bar) is the dark theme's, on a light device.
	const barColour = () =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')]
				.filter((m) => matchMedia(m.media || 'all').matches)
				.map((m) => m.content)
		);
	await expect.poll(barColour).toEqual(['#0f1726']);
	await page.getByRole('radio', { name: 'Match this device' }).check();
	await expect.poll(barColour).toEqual(['#1f4e8c']);
});

test('a chosen theme is there at the first paint of every page, before the app has run', async ({
	page
}) => {
	// What the document shows once its HTML is parsed: the app's own code starts after the
	// first paint, and reads the saved choice from IndexedDB later still.
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const w = window as unknown as { atParse: [string | null, string, string] };
			w.atParse = [
				document.documentElement.dataset.theme ?? null,
				getComputedStyle(document.body).backgroundColor,
				// The browser's own colour (a phone's address bar): the meta that applies.
				[...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')]
					.filter((m) => matchMedia(m.media || 'all').matches)
					.map((m) => m.content)
					.join()
			];
		});
	});
	const atParse = () => page.evaluate(() => (window as unknown as { atParse: unknown }).atParse);
	await page.emulateMedia({ colorScheme: 'light' });
	await gotoReady(page, '/settings/');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.getByRole('status').getByText('Saved on this device.')).toBeVisible();
	for (const path of ['/', '/module/the-ban/the-ban.l1/', '/settings/']) {
		await gotoReady(page, path);
		expect(await atParse(), path).toEqual(['dark', 'rgb(14, 21, 34)', '#0f1726']);
	}
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await page.getByRole('radio', { name: 'Match this device' }).check();
	await expect(page.getByRole('status').getByText('Saved on this device.')).toBeVisible();
	await gotoReady(page, '/');
	expect(await atParse()).toEqual([null, 'rgb(245, 246, 250)', '#1f4e8c']);
});

test('every page carries a strict Content Security Policy', async ({ page }) => {
	const pages = [
		'/',
		'/review/',
		'/progress/',
		'/teach/',
		'/settings/',
		'/article/',
		'/glossary/',
		'/timeline/',
		'/module/the-ban/',
		'/module/the-ban/the-ban.l1/',
		'/quiz/the-ban.basics/',
		'/session/'
	];
	for (const path of pages) {
		await gotoReady(page, path);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp, path).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(csp, path).not.toMatch(
			/unsafe-inline[^;]*;[^;]*script-src|script-src[^;]*unsafe-(inline|eval)/
		);
		expect(csp, path).toContain("object-src 'none'");
		expect(csp, path).toContain("base-uri 'self'");
		expect(csp, path).toContain("connect-src 'self'");
	}
});

test('the colours follow the system until a theme is chosen', async ({ page }) => {
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const light = 'rgb(245, 246, 250)';
	const dark = 'rgb(14, 21, 34)';
	await page.emulateMedia({ colorScheme: 'dark' });
	await gotoReady(page, '/settings/');
	expect(await background()).toBe(dark);
	await page.getByRole('radio', { name: 'Light' }).check();
	await expect.poll(background).toBe(light);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect.poll(background).toBe(dark);
	await page.getByRole('radio', { name: 'Match this device' }).check();
	await expect.poll(background).toBe(light);
});
