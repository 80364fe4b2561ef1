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

/** @param {number} a @param {number} b */
const ratio = (a, b) => (b > 0 ? a / b : null);

/** @param {(number | null)[]} values */
const medianOf = (values) => median(values.filter((v) => typeof v === 'number'));

/**
 * Every storage figure, `runs` times each (each run in a new context, on empty databases),
 * as medians across runs. The app's answer write and dashboard are each measured beside the
 * same work on bare IndexedDB (harness/bare.ts), interleaved; their ratios are the budgets.
 * @param {string} origin where the app and the harness are served
 * @param {number} runs
 */
export async function measureStorage(origin, runs) {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
	/** @type {Record<string, number[]>} */
	const all = {};
	const add = (/** @type {Record<string, number | null>} */ figures) => {
		for (const [k, v] of Object.entries(figures)) if (v !== null) (all[k] ??= []).push(v);
	};
	/** @type {string | null} */
	let skipped = null;
	const med = (/** @type {string} */ k) => medianOf(all[k] ?? []);
	try {
		for (let run = 1; run <= runs; run += 1) {
			const { context, page } = await openHarness(browser, origin);
			log(`storage run ${run}/${runs}: ${ANSWERS} answer writes, app and bare IndexedDB`);
			const times = await page.evaluate((n) => window.bench.answerWrites(n), ANSWERS);
			const p95 = /** @type {number} */ (quantile(times.app, 0.95));
			const bareP95 = /** @type {number} */ (quantile(times.bare, 0.95));
			add({
				p50: quantile(times.app, 0.5),
				p95,
				max: Math.max(...times.app),
				bareP50: quantile(times.bare, 0.5),
				bareP95,
				answerRatio: ratio(p95, bareP95)
			});
			log(`storage run ${run}/${runs}: dashboard over ${RESPONSES} responses, app and plain`);
			const dash = await page.evaluate(
				([n, bareFirst]) => window.bench.dashboard(n, bareFirst),
				/** @type {[number, boolean]} */ ([RESPONSES, run % 2 === 0])
			);
			const appMs = dash.readMs + dash.computeMs;
			const bareMs = dash.bare.readMs + dash.bare.passMs;
			add({ read: dash.readMs, compute: dash.computeMs, total: appMs });
			add({ bareRead: dash.bare.readMs, barePass: dash.bare.passMs, bareTotal: bareMs });
			add({ dashboardRatio: ratio(appMs, bareMs) });
			log(`storage run ${run}/${runs}: importing ${RECEIPTS} receipts`);
			/** @type {Maybe} */
			const imported = await page.evaluate((n) => window.bench.gradebookImport(n), RECEIPTS);
			if ('ms' in imported) add({ imports: imported.ms });
			else skipped = imported.skipped;
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return {
		answerWrite: {
			answers: ANSWERS,
			p50Ms: med('p50'),
			p95Ms: med('p95'),
			maxMs: med('max'),
			runsP95Ms: all.p95,
			bare: { p50Ms: med('bareP50'), p95Ms: med('bareP95'), runsP95Ms: all.bareP95 },
			// The median of each run's ratio: app p95 ÷ bare p95, measured side by side.
			ratio: med('answerRatio'),
			runsRatio: all.answerRatio
		},
		dashboard: {
			responses: RESPONSES,
			readMs: med('read'),
			computeMs: med('compute'),
			totalMs: med('total'),
			runsTotalMs: all.total,
			bare: {
				readMs: med('bareRead'),
				passMs: med('barePass'),
				totalMs: med('bareTotal'),
				runsTotalMs: all.bareTotal
			},
			ratio: med('dashboardRatio'),
			runsRatio: all.dashboardRatio
		},
		gradebookImport: skipped
			? { receipts: RECEIPTS, ms: null, notMeasured: skipped }
			: { receipts: RECEIPTS, ms: med('imports'), runsMs: all.imports }
	};
}
