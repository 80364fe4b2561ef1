// `npm run bench` (after `npm run build`): Lighthouse, first-load bytes, storage and offline
// start, each BENCH_RUNS times (default 5); prints the tables, writes bench/results.json and
// the README's Performance section. See README.md, "Performance".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import prettier from 'prettier';
import { budgets } from './budgets.js';
import {
	BUNDLE_PAGES,
	pageExists,
	pageLoad,
	precache,
	precacheByKind,
	teacherCache
} from './bundle.js';
import { CHROMIUM_PATH, log, runCount, serve, snapshotSite } from './common.js';
import { buildFloor, FLOOR_SITE } from './floor.js';
import { measureLighthouse } from './lighthouse.js';
import { measureOffline } from './offline.js';
import { markdown, updateReadme, writeResults } from './report.js';
import { buildHarness, HARNESS_OUT, measureStorage } from './storage.js';

const BUILD = 'build';
const TMP = 'bench/tmp';
const SITE = `${TMP}/site`;
const RESULTS = 'bench/results.json';
const README = 'README.md';

const started = Date.now();
const runs = runCount();
if (!existsSync(`${BUILD}/index.html`)) {
	console.error('No build/ here: run `npm run build` first (`npm run bench` does).');
	process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
	console.error(`Chromium was not found at ${CHROMIUM_PATH}; set CHROMIUM_PATH.`);
	process.exit(1);
}
/** bench/tmp (git-ignored) holds built JavaScript that ESLint would otherwise read. */
const cleanUp = () => rmSync(TMP, { recursive: true, force: true });
process.once('SIGINT', () => {
	cleanUp();
	process.exit(130);
});
mkdirSync(TMP, { recursive: true });
log(`copying build/ to ${SITE} (with gzip and brotli copies)`);
snapshotSite(BUILD, SITE);
log('building the storage harness');
buildHarness();
log(`building the floor (a bare SvelteKit page) into ${FLOOR_SITE}`);
buildFloor();

function machine() {
	const version = execFileSync(CHROMIUM_PATH, ['--version'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore']
	});
	const lighthouse = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8'));
	return {
		cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
		cores: os.cpus().length,
		memoryGB: Math.round(os.totalmem() / 1024 ** 3),
		os: `${os.type()} ${os.release()} (${os.arch()})`,
		node: process.version,
		chromium: version.match(/Chromium [\d.]+/)?.[0] ?? version.trim(),
		lighthouse: lighthouse.version
	};
}

function bundle() {
	/** @type {Record<string, unknown>} */
	const pages = {};
	for (const p of BUNDLE_PAGES) {
		if (!pageExists(SITE, p.path)) {
			pages[p.key] = { label: p.label, path: p.path, notMeasured: 'the page is not built' };
			continue;
		}
		const load = pageLoad(SITE, p.path);
		pages[p.key] = {
			label: p.label,
			path: p.path,
			js: load.jsTotal,
			// CSS in <style> tags of the page plus any stylesheet it links.
			css: {
				raw: load.cssTotal.raw + load.inlineCss.raw,
				gzip: load.cssTotal.gzip + load.inlineCss.gzip,
				brotli: load.cssTotal.brotli + load.inlineCss.brotli
			},
			cssInline: load.inlineCss,
			jsFiles: load.js.length,
			cssFiles: load.css.length,
			chunks: [...load.js, ...load.css].sort((a, b) => b.gzip - a.gzip)
		};
	}
	const { files, ...cache } = precache(SITE);
	const teacher = teacherCache(SITE);
	return {
		pages,
		precache: { ...cache, byKind: precacheByKind(files) },
		teacherCache: { count: teacher.count, raw: teacher.raw, gzip: teacher.gzip }
	};
}

const server = await serve(SITE, HARNESS_OUT);
// Its own origin, served the same way, so that the two never share storage.
const floorServer = await serve(FLOOR_SITE);
/** @type {any} */
const results = { date: new Date().toISOString(), runs, machine: machine() };
try {
	log(`serving ${SITE} at ${server.origin}, the floor at ${floorServer.origin}; ${runs} run(s)`);
	results.bundle = bundle();
	results.storage = await measureStorage(server.origin, runs);
	results.offline = await measureOffline(server.origin, runs);
	const lighthouse = await measureLighthouse(server.origin, floorServer.origin, runs, {
		gradebook: pageExists(SITE, '/teach/gradebook/')
	});
	results.lighthouse = lighthouse.pages;
	results.machine.benchmarkIndex = lighthouse.benchmarkIndex.median;
	results.machine.benchmarkIndexRuns = lighthouse.benchmarkIndex.runs;
} finally {
	await server.close();
	await floorServer.close();
	cleanUp();
}
results.durationSeconds = Math.round((Date.now() - started) / 1000);
results.conditions = {
	server: `sirv serving a copy of build/ with precompressed gzip and brotli files and the headers of README "Hosting"`,
	lighthouse:
		'mobile preset, simulated throttling; each page right after the floor (a bare SvelteKit page, first visit, on its own origin); pages with data keep IndexedDB (service worker and caches cleared)',
	kilobyte: 1024
};
results.budgets = budgets(results);

const text = await prettier.format(markdown(results), {
	...(await prettier.resolveConfig(README)),
	parser: 'markdown'
});
console.log(`\n${text}`);
if (process.env.BENCH_PAGES) {
	// A partial run (see lighthouse.js) is for a quick look: it replaces no recorded figures.
	for (const [key, page] of Object.entries(results.lighthouse)) {
		if (page.runs)
			console.log(
				key,
				JSON.stringify({ lcp: page.lcpElements, tasks: page.longTasks, shifts: page.layoutShifts })
			);
	}
	console.log('BENCH_PAGES is set: bench/results.json and README.md are left as they were.');
	process.exit(0);
}
writeResults(RESULTS, results);
const inReadme = updateReadme(README, text.trim());
const missed = results.budgets.filter(
	(/** @type {{ status: string }} */ b) => b.status === 'missed'
);
console.log(`${missed.length} budget(s) missed. Results in ${RESULTS}.`);
if (!inReadme)
	console.log('README.md has no bench markers: its Performance section was not updated.');
