// Paint first, then hydrate. A prerendered page already holds everything a visitor reads; its
// scripts only bring it to life. SvelteKit puts a `<link rel="modulepreload">` in the head for
// each of the page's scripts and imports them from its inline start-up script, so on a slow
// connection they download beside the page and its first paint waits for them. This rewrites
// each prerendered page after the build: the preload links leave the head, and the start-up
// script starts SvelteKit once the browser reports the page's first contentful paint (at most a
// second later): it adds the links one a task, then starts SvelteKit once they have loaded.
// A download the page wants early says so in its head, `<meta name="paint-first-fetch"
// content="…">` (a preload link begun with the page shares the connection with its first
// paint): the start-up adds its preload link first of all.
// Each link costs the main thread a little, and starts a request that the browser's other
// processes handle at that moment, so on a 2-core phone each link stretches the task that adds
// it: a page's 20-odd links added at once made one long task of a phone's start, and six a task
// still made tasks over 50 ms (at the 4× slowdown) of the pages with the most. SvelteKit starts
// after them because, as it imports the page's code, Vite's helper adds a link for each module
// that code needs and has no link yet, all in that task. The tasks follow one another at once
// (`scheduler.postTask`, else a timer), and the first links ask for SvelteKit's own files, so
// the start waits for nothing it would not wait for anyway. A page whose prerendered view is only right for its bare
// address says so with `<meta name="paint-first" content="bare-address">` (ADDRESS_META): opened
// with a query or a fragment (a quiz's mode, an attempt's results, an assignment's code), it
// starts at once, since what it shows comes from the address. So does a hidden tab, or a
// browser without paint timing. Before the first paint, an address with a query marks
// `<html data-address-query="?…">`, and `data-stored` where the app has stored anything (the
// layout removes both once the app runs), so a page's styles can show the part of its
// prerendered view that the address asks for. The policy's
// hash for the inline script is recomputed, so the strict CSP holds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { completePreloads } from './complete-preloads.js';

const PRELOAD = /\s*<link href="([^"]+)" rel="modulepreload">/g;
/** A download a page wants early (see above): asked for after the first paint, first of all. */
const FETCH = /<meta name="paint-first-fetch" content="([^"]+)"\s*\/?>/g;
const SCRIPT = /<script>([\s\S]*?)<\/script>/;
const START = 'Promise.all([';
/** The key the app sets in localStorage once it has a database (src/lib/db/name.ts). */
export const STORED_HINT = 'chipwise-stored';
/** What a page puts in its head when its prerendered view is only right for its bare address. */
export const ADDRESS_META = '<meta name="paint-first" content="bare-address">';

/** @param {string} text */
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * What runs `go` once the page has painted. Kept to a few lines: it goes into every page.
 * @param {string[]} preloads
 * @param {string[]} fetches
 */
function afterPaint(preloads, fetches) {
	const fetchFirst = fetches.length
		? `for (const href of ${JSON.stringify(fetches)}) { const link = document.createElement('link'); link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous'; link.href = href; document.head.append(link); } `
		: '';
	return [
		`const preloads = ${JSON.stringify(preloads)}; const S = globalThis.scheduler; const later = S?.postTask ? (f) => S.postTask(f) : (f) => setTimeout(f, 0);`,
		// SvelteKit starts once every link has loaded (or failed): the browser has then fetched
		// and compiled each file, and evaluating them is the task's only work. Started sooner,
		// the task that evaluates them waited on the files still compiling (2-core traces).
		// A browser without modulepreload fires no load event for the link: it does not wait.
		`const ready = []; const add = (i) => { if (i >= preloads.length) return void Promise.all(ready).then(start); const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = preloads[i]; if (link.relList?.supports?.('modulepreload')) ready.push(new Promise((done) => { link.onload = link.onerror = done; })); document.head.append(link); later(() => add(i + 1)); };`,
		`const go = () => { ${fetchFirst}add(0); };`,
		`let started = false; const once = () => { if (!started) { started = true; go(); } };`,
		`const P = globalThis.PerformanceObserver;`,
		`const d = document.documentElement.dataset;`,
		// SvelteKit reads sessionStorage as it starts. A page's first read of it waits for the
		// browser's process, which by then is busy with the page's scripts; read here, while the
		// page is parsed, the wait is short and comes before the first paint.
		`try { sessionStorage.length; } catch {}`,
		`if (location.search) { d.addressQuery = location.search; try { if (localStorage.getItem(${JSON.stringify(STORED_HINT)})) d.stored = ''; } catch {} }`,
		// A page that drew what its address asks for before its scripts (the assignment page's
		// card, scripts/build/assignment-preview.js) marks `data-preview`, and paints first too.
		`const fromAddress = (location.search || location.hash) && !('preview' in d) && document.querySelector('meta[name="paint-first"][content="bare-address"]');`,
		`if (fromAddress || document.visibilityState === 'hidden' || !P?.supportedEntryTypes?.includes('paint')) once();`,
		`else { new P((list, o) => { if (list.getEntriesByName('first-contentful-paint').length) { o.disconnect(); once(); } }).observe({ type: 'paint', buffered: true }); setTimeout(once, 1000); }`
	].join('\n');
}

/**
 * One page rewritten, or null when it has no SvelteKit start-up to defer.
 * @param {string} html a page as SvelteKit prerendered it
 * @param {(href: string) => string | null} [read] a module's code by its address from the page,
 *   to complete SvelteKit's list of links (complete-preloads.js)
 * @returns {string | null}
 */
export function paintFirst(html, read = () => null) {
	const script = html.match(SCRIPT)?.[1];
	if (!script) return null;
	const at = script.indexOf(START);
	if (at < 0) return null;
	// The start-up is `Promise.all([import(…), …]).then(([kit, app]) => { kit.start(…); });`,
	// the script's last statement (the app registers its service worker itself).
	const end = script.lastIndexOf('});') + 3;
	if (end < at || !script.includes('kit.start(') || script.includes('serviceWorker')) {
		throw new Error('paint-first: SvelteKit’s start-up script changed shape');
	}
	/** @type {string[]} */
	const preloads = [];
	const fetches = [...html.matchAll(FETCH)].map((m) => /** @type {string} */ (m[1]));
	const page = html.replace(PRELOAD, (_, href) => (preloads.push(href), ''));
	const deferred =
		script.slice(0, at) +
		`const start = () => ${script.slice(at, end - 1)};\n` +
		afterPaint(completePreloads(preloads, read), fetches) +
		script.slice(end);
	const before = hash(script);
	if (!page.includes(before)) throw new Error('paint-first: the page’s policy has no hash for its script');
	return page.replace(script, () => deferred).replace(before, hash(deferred));
}

/**
 * Every prerendered page under `dir`, except the app shell (`fallback`), which paints nothing
 * before its scripts run.
 * @param {string} dir
 * @param {string} fallback
 */
export function paintFirstAll(dir, fallback) {
	let pages = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		if (file === join(dir, fallback)) continue;
		const read = (/** @type {string} */ href) => {
			try {
				return readFileSync(join(dirname(file), href), 'utf8');
			} catch {
				return null;
			}
		};
		const next = paintFirst(readFileSync(file, 'utf8'), read);
		if (next === null) continue;
		writeFileSync(file, next);
		pages += 1;
	}
	return pages;
}
