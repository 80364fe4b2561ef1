// Lighthouse 12 (node API, its default mobile preset and simulated throttling) against one
// Chromium with a fixed profile and a debugging port. Pages that show stored data are opened
// after Playwright has put the data there, with Lighthouse's storage reset turned off.
// Before every page, the floor (a bare SvelteKit page on its own origin, see floor.js) is
// measured as a first visit: floor, page, floor, page… so both see the same machine load.
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, log, median } from './common.js';
import { FLOOR } from './floor.js';
import { mainThreadCpu } from './main-thread.js';
import { LINKED_PAGES, PLAIN_PAGES, STATEFUL_PAGES } from './pages.js';
import { assignmentLink, coldButKeepData, prepareState, withPlaywright } from './state.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const PROFILE_DIR = 'bench/tmp/lighthouse-profile';

/** BENCH_PAGES=progress,gradebook measures only those pages (a quicker look while tuning). */
const only = process.env.BENCH_PAGES?.split(',').filter(Boolean) ?? null;
const wanted = (/** @type {{ key: string }} */ p) => !only || only.includes(p.key);

/**
 * The figures of one Lighthouse report, and the audits that kept a category below 100.
 * @param {import('lighthouse').Result} lhr
 * @param {import('./main-thread.js').MainThread | null} [cpu] from the run's trace
 */
export function figures(lhr, cpu = null) {
	/** @type {Record<string, number | null>} */
	const scores = {};
	for (const id of CATEGORIES) {
		const score = lhr.categories[id]?.score;
		scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
	}
	const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null;
	/** @type {{ items?: { resourceType: string, transferSize: number }[] } | undefined} */
	const summary = /** @type {any} */ (lhr.audits['resource-summary']?.details);
	const script = summary?.items?.find((i) => i.resourceType === 'script');
	/** @type {{ id: string, category: string, title: string, score: number, value: string }[]} */
	const failing = [];
	for (const id of CATEGORIES) {
		for (const ref of lhr.categories[id]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || audit.score === null || audit.score >= 1) continue;
			// Weighted audits set the score; in performance, opportunities that would save
			// metric time explain it (informative audits without savings are left out).
			const savings = Object.values(audit.metricSavings ?? {}).some((v) => Number(v) > 0);
			if (ref.weight === 0 && !(id === 'performance' && savings)) continue;
			failing.push({
				id: ref.id,
				category: id,
				title: audit.title,
				score: audit.score,
				value: audit.displayValue ?? ''
			});
		}
	}
	return {
		scores,
		...details(lhr),
		lcpMs: numeric('largest-contentful-paint'),
		tbtMs: numeric('total-blocking-time'),
		cpuMs: cpu?.afterPaintMs ?? null,
		afterSettleCpuMs: cpu?.afterSettleMs ?? null,
		longestTaskCpuMs: cpu?.longestTaskMs ?? null,
		cls: numeric('cumulative-layout-shift'),
		jsTransferBytes: script?.transferSize ?? null,
		failing,
		warnings: lhr.runWarnings,
		// Lighthouse's measure of this machine's speed at the time of the run.
		benchmarkIndex: lhr.environment?.benchmarkIndex ?? null
	};
}

/**
 * What explains the metrics: the LCP element and its phases, the elements that shifted, and
 * the render-blocking requests.
 * @param {import('lighthouse').Result} lhr
 */
function details(lhr) {
	/** @type {any} */
	const lcp = lhr.audits['largest-contentful-paint-element']?.details;
	/** @type {any} */
	const shifts = lhr.audits['layout-shifts']?.details;
	/** @type {any} */
	const blocking = lhr.audits['render-blocking-resources']?.details;
	/** @type {any} */
	const tasks = lhr.audits['long-tasks']?.details;
	const node = lcp?.items?.[0]?.items?.[0]?.node;
	/** @type {{ phase: string, timing: number }[]} */
	const phases = lcp?.items?.[1]?.items ?? [];
	return {
		lcpElement: node ? `${node.selector} “${node.nodeLabel}”` : null,
		lcpPhases: Object.fromEntries(phases.map((p) => [p.phase, Math.round(p.timing)])),
		layoutShifts: (shifts?.items ?? []).map((/** @type {any} */ i) => ({
			element: `${i.node?.selector ?? '?'} “${i.node?.nodeLabel ?? ''}”`.slice(0, 160),
			score: i.score
		})),
		renderBlocking: {
			requests: (blocking?.items ?? []).length,
			savingsMs: blocking?.overallSavingsMs ?? 0
		},
		// What Total Blocking Time is made of: each long task's length and the script it ran.
		longTasks: (tasks?.items ?? []).slice(0, 5).map((/** @type {any} */ t) => ({
			ms: Math.round(t.duration),
			url: String(t.url ?? '').replace(/^https?:\/\/[^/]+/, '')
		}))
	};
}

/** @typedef {ReturnType<typeof figures>} Run */

/**
 * Medians over runs, each figure on its own; failing audits with how many runs they failed in.
 * @param {Run[]} runs
 */
export function summarise(runs) {
	const med = (/** @type {(r: Run) => number | null} */ pick) => {
		const values = runs.map(pick).filter((v) => typeof v === 'number');
		return median(values);
	};
	/** @type {Record<string, number | null>} */
	const scores = {};
	for (const id of CATEGORIES) scores[id] = med((r) => r.scores[id] ?? null);
	/** @type {Map<string, Run['failing'][number] & { runs: number }>} */
	const failing = new Map();
	for (const run of runs) {
		for (const f of run.failing) {
			const key = `${f.category}:${f.id}`;
			failing.set(key, { ...f, runs: (failing.get(key)?.runs ?? 0) + 1 });
		}
	}
	return {
		scores,
		lcpMs: med((r) => r.lcpMs),
		tbtMs: med((r) => r.tbtMs),
		cpuMs: med((r) => r.cpuMs),
		afterSettleCpuMs: med((r) => r.afterSettleCpuMs),
		longestTaskCpuMs: med((r) => r.longestTaskCpuMs),
		cls: med((r) => r.cls),
		jsTransferBytes: med((r) => r.jsTransferBytes),
		benchmarkIndex: med((r) => r.benchmarkIndex),
		runs: runs.length,
		lcpElements: [...new Set(runs.map((r) => r.lcpElement))],
		lcpPhases: runs.map((r) => r.lcpPhases),
		layoutShifts: runs.map((r) => r.layoutShifts),
		renderBlocking: runs.map((r) => r.renderBlocking),
		longTasks: runs.map((r) => r.longTasks),
		failing: [...failing.values()],
		warnings: [...new Set(runs.flatMap((r) => r.warnings.map(String)))]
	};
}

/**
 * Lighthouse's own reset (service workers, Cache Storage, HTTP cache) plus IndexedDB and
 * local storage, so that a plain page is a first visit whatever ran before it.
 * @type {import('lighthouse').Flags['clearStorageTypes']}
 */
const FIRST_VISIT = [
	'file_systems',
	'shader_cache',
	'service_workers',
	'cache_storage',
	'indexeddb',
	'local_storage'
];

/**
 * @param {string} url
 * @param {number} port
 * @param {boolean} keepStorage true for pages with data (see coldButKeepData)
 */
async function audit(url, port, keepStorage) {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES,
		disableStorageReset: keepStorage,
		clearStorageTypes: FIRST_VISIT
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
	return figures(result.lhr, mainThreadCpu(result.artifacts?.Trace));
}

/**
 * Every page `runs` times, each right after a run of the floor. Plain pages first (each a first
 * visit), then the data is prepared and the stateful pages follow. A page that cannot be
 * measured is reported with the reason. Returns the floor first, then the pages, and
 * Lighthouse's benchmark index of every run (floor and pages).
 * @param {string} origin where the app is served
 * @param {string} floorOrigin where the floor is served
 * @param {number} runs
 * @param {{ gradebook: boolean }} options whether the gradebook page exists in build/
 */
export async function measureLighthouse(origin, floorOrigin, runs, options) {
	rmSync(PROFILE_DIR, { recursive: true, force: true });
	mkdirSync(PROFILE_DIR, { recursive: true });
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
		userDataDir: resolve(PROFILE_DIR),
		logLevel: 'error'
	});
	/** @type {Map<string, Run[]>} */
	const results = new Map();
	/** @type {Record<string, { label: string, path: string | null, notMeasured?: string }>} */
	const pages = { [FLOOR.key]: { label: FLOOR.label, path: FLOOR.path } };
	for (const p of PLAIN_PAGES.filter(wanted)) pages[p.key] = { label: p.label, path: p.path };
	const add = (/** @type {string} */ key, /** @type {Run} */ r) =>
		results.set(key, [...(results.get(key) ?? []), r]);
	/** The floor as a first visit, then the page (`keep`: with its data, see coldButKeepData). */
	const pair = async (
		/** @type {string} */ key,
		/** @type {boolean} */ keep,
		/** @type {number} */ run
	) => {
		const page = /** @type {{ label: string, path: string }} */ (pages[key]);
		log(`lighthouse run ${run}/${runs}: floor, then ${page.label}`);
		add(FLOOR.key, await audit(`${floorOrigin}${FLOOR.path}`, chrome.port, false));
		if (keep) await withPlaywright(chrome.port, (b) => coldButKeepData(b, origin));
		add(key, await audit(`${origin}${page.path}`, chrome.port, keep));
	};
	try {
		const linked = LINKED_PAGES.filter(wanted);
		if (linked.length) {
			const path = await withPlaywright(chrome.port, (b) => assignmentLink(b, origin));
			for (const p of linked) pages[p.key] = { label: p.label, path };
		}
		for (let run = 1; run <= runs; run += 1) {
			for (const p of [...PLAIN_PAGES, ...linked].filter(wanted)) await pair(p.key, false, run);
		}
		const state = await withPlaywright(chrome.port, (b) => prepareState(b, origin, options));
		const paths = {
			learnReturning: state.learn,
			results: state.results,
			progress: state.progress,
			gradebook: state.gradebook.path
		};
		for (const p of STATEFUL_PAGES.filter(wanted)) {
			const path = paths[/** @type {keyof typeof paths} */ (p.key)];
			pages[p.key] = path
				? { label: p.label, path }
				: { label: p.label, path: null, notMeasured: state.gradebook.notMeasured };
		}
		for (let run = 1; run <= runs; run += 1) {
			for (const p of STATEFUL_PAGES.filter(wanted)) {
				if (pages[p.key]?.path) await pair(p.key, true, run);
			}
		}
	} finally {
		chrome.kill();
	}
	const indices = [...results.values()].flat().map((r) => r.benchmarkIndex);
	const measured = indices.filter((v) => typeof v === 'number');
	return {
		pages: Object.fromEntries(
			Object.entries(pages).map(([key, page]) => {
				const runsOf = results.get(key);
				return [key, { ...page, ...(runsOf ? summarise(runsOf) : {}) }];
			})
		),
		benchmarkIndex: { median: median(measured), runs: measured }
	};
}
