// Storage in real Chromium: the app's modules (built into a harness page by Vite) timed on
// IndexedDB. Answer writes, the Progress dashboard over many answers, a gradebook import.
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, HARNESS_PATH, log, median, quantile } from './common.js';

export const HARNESS_CONFIG = 'scripts/bench/harness/vite.config.ts';
export const HARNESS_OUT = 'bench/tmp/harness';

export const ANSWERS = 1000;
export const RESPONSES = 50_000;
export const RECEIPTS = 500;

/** Builds the harness page with Vite into bench/tmp/harness. */
export function buildHarness() {
	execFileSync('npx', ['vite', 'build', '--config', HARNESS_CONFIG], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

/**
 * Opens the harness (served beside the app) in a fresh browser context.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 */
export async function openHarness(browser, origin) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}${HARNESS_PATH}`);
	await page.waitForFunction(() => 'bench' in window);
	return { context, page };
}

/** @typedef {{ skipped: string } | { ms: number }} Maybe */

/**
 * Every storage figure, `runs` times each (each run in a new context, on an empty database),
 * as medians across runs.
 * @param {string} origin where the app and the harness are served
 * @param {number} runs
 */
export async function measureStorage(origin, runs) {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
	/** @type {{ p50: number[], p95: number[], max: number[], read: number[], compute: number[], imports: number[], skipped: string | null }} */
	const all = { p50: [], p95: [], max: [], read: [], compute: [], imports: [], skipped: null };
	try {
		for (let run = 1; run <= runs; run += 1) {
			const { context, page } = await openHarness(browser, origin);
			log(`storage run ${run}/${runs}: ${ANSWERS} answer writes`);
			const times = await page.evaluate((n) => window.bench.answerWrites(n), ANSWERS);
			all.p50.push(/** @type {number} */ (quantile(times, 0.5)));
			all.p95.push(/** @type {number} */ (quantile(times, 0.95)));
			all.max.push(Math.max(...times));
			log(`storage run ${run}/${runs}: dashboard over ${RESPONSES} responses`);
			const dash = await page.evaluate((n) => window.bench.dashboard(n), RESPONSES);
			all.read.push(dash.readMs);
			all.compute.push(dash.computeMs);
			log(`storage run ${run}/${runs}: importing ${RECEIPTS} receipts`);
			/** @type {Maybe} */
			const imported = await page.evaluate((n) => window.bench.gradebookImport(n), RECEIPTS);
			if ('ms' in imported) all.imports.push(imported.ms);
			else all.skipped = imported.skipped;
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return {
		answerWrite: {
			answers: ANSWERS,
			p50Ms: median(all.p50),
			p95Ms: median(all.p95),
			maxMs: median(all.max),
			runsP95Ms: all.p95
		},
		dashboard: {
			responses: RESPONSES,
			readMs: median(all.read),
			computeMs: median(all.compute),
			runsComputeMs: all.compute
		},
		gradebookImport: all.skipped
			? { receipts: RECEIPTS, ms: null, notMeasured: all.skipped }
			: { receipts: RECEIPTS, ms: median(all.imports), runsMs: all.imports }
	};
}
