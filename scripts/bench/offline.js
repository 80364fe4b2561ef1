// Offline start: after one online visit has installed the service worker, how long a cold
// offline navigation to Learn takes to become interactive (the layout's 'app-interactive' mark).
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, log, median } from './common.js';

/**
 * One run in a new browser context: visit / online, wait until the service worker controls
 * the page, go offline, navigate to / again and read the mark (ms from navigation start).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 */
async function offlineStart(browser, origin) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) =>
					navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
				);
			}
		});
		await context.setOffline(true);
		await page.goto(`${origin}/`);
		const handle = await page.waitForFunction(
			() => {
				const mark = performance.getEntriesByName('app-interactive')[0];
				if (!mark) return null;
				const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
					performance.getEntriesByType('navigation')[0]
				);
				return { ms: mark.startTime, fromSw: (nav?.workerStart ?? 0) > 0 };
			},
			undefined,
			{ timeout: 15_000 }
		);
		const result = /** @type {{ ms: number, fromSw: boolean }} */ (await handle.jsonValue());
		if (!result.fromSw) throw new Error('The offline page was not served by the service worker');
		return result.ms;
	} finally {
		await context.close();
	}
}

/**
 * @param {string} origin
 * @param {number} runs
 */
export async function measureOffline(origin, runs) {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
	/** @type {number[]} */
	const times = [];
	try {
		for (let run = 1; run <= runs; run += 1) {
			log(`offline start run ${run}/${runs}`);
			times.push(await offlineStart(browser, origin));
		}
	} finally {
		await browser.close();
	}
	return { ms: median(times), runsMs: times };
}
