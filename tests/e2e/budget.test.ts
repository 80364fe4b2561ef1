import { expect, test } from '@playwright/test';
import { KB, pageLoad, precache } from '../../scripts/bench/bundle.js';

// Byte budgets, read from build/ with the benchmark's own measure (no browser), so that they
// cannot regress unnoticed; see README "Performance" and `npm run bench` for all budgets.
const BUILD = 'build';

/** First-load JavaScript of a page, gzip, checked to include start-up and the page's code. */
function firstLoadJs(path: string) {
	const load = pageLoad(BUILD, path);
	// The measure must see SvelteKit's start-up and the page's own chunk, or it measures nothing.
	expect(load.js.some((f) => f.file.includes('/entry/start.'))).toBe(true);
	expect(load.js.some((f) => f.file.includes('/nodes/'))).toBe(true);
	const list = load.js.map((f) => `${f.file} ${(f.gzip / KB).toFixed(1)} KB`).join('\n');
	return { gzip: load.jsTotal.gzip, list };
}

test.describe('byte budgets', () => {
	test('Learn loads at most 40 KB of JavaScript (gzip) before it is interactive', () => {
		const { gzip, list } = firstLoadJs('/');
		expect(gzip, `first-load JavaScript of Learn:\n${list}`).toBeLessThanOrEqual(40 * KB);
	});

	test('the player loads at most 80 KB of JavaScript (gzip) before it is interactive', () => {
		const { gzip, list } = firstLoadJs('/quiz/the-ban.basics/');
		expect(gzip, `first-load JavaScript of the player:\n${list}`).toBeLessThanOrEqual(80 * KB);
	});

	test('the service worker stores at most 1 MB for offline use', async ({ page }) => {
		await page.goto('/');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((r) =>
					navigator.serviceWorker.addEventListener('controllerchange', r, { once: true })
				);
			}
		});
		// What the Cache API holds once the worker has installed: the real figure, not a model.
		const stored = await page.evaluate(async () => {
			const files: string[] = [];
			let bytes = 0;
			for (const key of await caches.keys()) {
				const cache = await caches.open(key);
				for (const request of await cache.keys()) {
					files.push(new URL(request.url).pathname);
					bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
				}
			}
			return { files, bytes };
		});
		// It must hold the code, the content pack and the pages' data to work offline at all.
		expect(stored.files.some((f) => f.startsWith('/_app/immutable/entry/'))).toBe(true);
		expect(stored.files.some((f) => f.startsWith('/packs/'))).toBe(true);
		expect(stored.files.some((f) => f.endsWith('/__data.json'))).toBe(true);
		expect(stored.bytes).toBeLessThanOrEqual(1024 * KB);
		// The benchmark's model of the precache agrees with the browser.
		expect(precache(BUILD).raw).toBe(stored.bytes);
	});
});
