import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { expect, gotoReady, test, waitForOffline } from './fixtures';

// A static host whose next deploy can be switched on: the service worker script changes,
// as it does when a new version of the app is built.
let server: Server;
let origin = '';
let deployed = 1;
const serve = sirv('build', { dev: true });
const worker = readFileSync('build/service-worker.js', 'utf8');

test.beforeAll(async () => {
	server = createServer((req, res) => {
		if (req.url?.startsWith('/service-worker.js')) {
			res.setHeader('content-type', 'text/javascript');
			res.setHeader('cache-control', 'no-cache');
			res.end(deployed === 1 ? worker : `${worker}\n// deploy ${deployed}\n`);
			return;
		}
		serve(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a new deploy is offered as "update available" and applied on reload', async ({ page }) => {
	deployed = 1;
	await gotoReady(page, `${origin}/`);
	await waitForOffline(page);
	await expect(page.getByText('A new version of Chipwise is available.')).toHaveCount(0);

	deployed = 2;
	await page.reload();
	const prompt = page
		.getByRole('status')
		.filter({ hasText: 'A new version of Chipwise is available.' });
	// The worker checks for an update when it registers, once the page has settled: after its
	// load, an idle moment (at most 2 s), 1.5 s and another idle moment (src/lib/app-start.ts).
	// On a machine busy with other tests that is more than the default 5 s.
	await expect(prompt).toBeVisible({ timeout: 15_000 });

	// Waiting starts before the click: the reload may have loaded by the time the click returns.
	await Promise.all([
		page.waitForEvent('load'),
		prompt.getByRole('button', { name: 'Reload' }).click()
	]);
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
	await expect(page.getByText('A new version of Chipwise is available.')).toHaveCount(0);
	const waiting = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		return Boolean(registration?.waiting);
	});
	expect(waiting).toBe(false);
});
