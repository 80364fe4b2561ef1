// First-load JavaScript and CSS per page, and the service worker's precache, read from build/
// alone (no browser). Used by `npm run bench` and by tests/e2e/budget.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** 1 KB = 1,024 bytes and 1 MB = 1,024 KB, as Lighthouse and DevTools count them. */
export const KB = 1024;
export const MB = 1024 * KB;

/** The page kinds the benchmark measures; the results screen shares the player's page. */
export const BUNDLE_PAGES = [
	{ key: 'learn', label: 'Learn', path: '/' },
	{ key: 'module', label: 'Module', path: '/module/the-ban/' },
	{ key: 'lesson', label: 'Lesson', path: '/module/the-ban/the-ban.l1/' },
	{ key: 'article', label: 'Article', path: '/article/' },
	{ key: 'player', label: 'Player and results', path: '/quiz/the-ban.basics/' },
	{ key: 'progress', label: 'Progress', path: '/progress/' },
	{ key: 'teach', label: 'Teach', path: '/teach/' },
	{ key: 'gradebook', label: 'Gradebook', path: '/teach/gradebook/' },
	// Where a student lands from a teacher's link or QR code: a first visit on a phone.
	{ key: 'assignment', label: 'Assignment', path: '/a/' }
];

/**
 * First-load JavaScript budgets (gzip), checked by `npm run bench` and in CI
 * (tests/e2e/budget.test.ts). Learn and the player were set first; Teach, Progress and the
 * gradebook keep about 2 KB above what they load today, so growth is a decision, not a drift.
 */
export const FIRST_LOAD_JS_BUDGETS = [
	// 40 KB until Learn loaded 40.95 KB of it: a new chunk anywhere adds its name to the app's
	// entry, which every page loads, and chunk hashes alone move the figure by ±15 B. 42 KB
	// since Teach's Classes page joined the entry (41.01 KB measured). 43 KB since every page's
	// shell reads whether this browser holds the learner's data and whether another site frames
	// it, so that a first visit's extras can wait (41.6 KB measured before, 41.94 KB after).
	{ key: 'learn', label: 'Learn', limit: 43 * KB },
	// 80 KB until the results loaded only once the learner has answered (67.4 KB measured
	// before, 63.3 KB after); 65 KB until the small helpers shared a few files
	// (scripts/vite/chunk-groups.js: 62.1 KB measured).
	{ key: 'player', label: 'player', limit: 63 * KB },
	// 48 KB until the small helpers shared a few files (46.9 KB measured before, 45.7 KB after).
	{ key: 'progress', label: 'Progress', limit: 47 * KB },
	// Teach and the gradebook write dates and sort names with code of their own since they
	// stopped using Intl (0.4 KB more, against a first task of 15–50 ms that loaded the
	// browser's locale data: src/lib/text/dates.ts). Teach was 68 KB until its form and share
	// view loaded only when opened (67.03 KB measured before, 49.97 KB after), then 54 KB with
	// its class lists (51.62 KB), then 47 KB when its lists' reads and the list itself loaded
	// only when something is stored (52.80 KB measured before, 45.36 KB after), then 46 KB when the
	// small helpers shared a few files (44.9 KB). The gradebook was 56 KB since the pack editor's pages joined
	// every page's entry (55.04 KB measured); 59 KB with a class's roster in its table and the
	// import that quotes back what it refused (56.76 KB; the class-list code and the follow-up
	// load only when there is something for them to show). Its analysis by question and objective
	// loads when drawn, after the students' table: 58.28 KB, where it had reached 58.99 KB. 57 KB
	// since the small helpers share a few files (57.7 KB measured before, 56.3 KB after); 58 KB
	// since the shell's first-visit check (56.6 KB measured before, 56.98 KB after).
	{ key: 'teach', label: 'Teach', limit: 46 * KB },
	{ key: 'gradebook', label: 'gradebook', limit: 58 * KB },
	// The assignment's link carries it compressed. 95.4 KB and 29 files until the player and the
	// results loaded only once the assignment can start and once it is answered (71.5 KB); 74 KB
	// until the codec (fflate) and the schema (valibot) loaded as the page reads its link, once
	// its first paint showed the assignment from the link (72.5 KB before, 63.5 KB after).
	{ key: 'assignment', label: 'assignment', limit: 66 * KB }
];

/**
 * How many script files each page's first load may ask for: each costs the page's main thread
 * about a millisecond as it starts, four on the simulated phone, beside its bytes (README,
 * "Performance"). Today's counts: Learn's equals the bare framework's; the others came down
 * when the small helpers shared a few files (scripts/vite/chunk-groups.js; module 12, lesson
 * 15, article 10, player 23, Progress 16, Teach 12, gradebook 26 before). A module imported
 * from a new place can become a file of its own on every page; this catches it.
 */
export const FIRST_LOAD_FILE_BUDGETS = {
	learn: 5,
	module: 6,
	lesson: 9,
	article: 8,
	player: 11,
	progress: 7,
	teach: 6,
	gradebook: 8,
	// 29 until the player and the results loaded only when needed; 22 until the reader of the
	// built-in pack came into the first load (it was fetched right after it, a round trip later);
	// 23 until the link's codec and schema loaded as the page reads its link.
	assignment: 19
};

/**
 * @typedef {{ file: string, raw: number, gzip: number, brotli: number }} FileSize
 * @typedef {{ raw: number, gzip: number, brotli: number }} Sizes
 * @typedef {{ path: string, js: FileSize[], css: FileSize[], jsTotal: Sizes, cssTotal: Sizes, inlineCss: Sizes }} PageLoad
 */

/** @type {Map<string, FileSize>} */
const sizeCache = new Map();

/**
 * Bytes of one built file: as stored, gzip (level 9) and brotli (quality 11), each file
 * compressed on its own as a static host would serve it precompressed.
 * @param {string} buildDir
 * @param {string} file path inside build/, starting with '/'
 * @returns {FileSize}
 */
export function fileSize(buildDir, file) {
	const full = join(buildDir, file);
	const key = `${full}:${statSync(full).mtimeMs}`;
	const cached = sizeCache.get(key);
	if (cached) return cached;
	const data = readFileSync(full);
	const size = {
		file,
		raw: data.length,
		gzip: gzipSync(data, { level: 9 }).length,
		brotli: brotliCompressSync(data, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 11,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		}).length
	};
	sizeCache.set(key, size);
	return size;
}

/** @param {readonly FileSize[]} files @returns {Sizes} */
export function total(files) {
	return files.reduce(
		(s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, brotli: s.brotli + f.brotli }),
		{
			raw: 0,
			gzip: 0,
			brotli: 0
		}
	);
}

/** The file in build/ that a site path is served from ('/x/' is '/x/index.html'). */
export function fileFor(/** @type {string} */ path) {
	const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
	return clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** @param {string} href @param {string} from */
const resolvePath = (href, from) => new URL(href, `http://bench${from}`).pathname;

/** Gzip and brotli sizes of some text, compressed as one file. */
function sizesOf(/** @type {string} */ text) {
	const data = Buffer.from(text);
	return {
		raw: data.length,
		gzip: data.length ? gzipSync(data, { level: 9 }).length : 0,
		brotli: data.length ? brotliCompressSync(data).length : 0
	};
}

/**
 * What a page's HTML loads at once: modulepreload links, module script srcs, the inline
 * `import("./…")` of SvelteKit's start-up script and the preloads it adds, and stylesheets. SvelteKit inlines small
 * stylesheets (`inlineStyleThreshold`) and keeps a disabled `<link>` for each so that client
 * navigation knows them: those are not loaded, and `inlineCss` is the text of the `<style>`s.
 * @param {string} html
 * @param {string} pagePath
 */
export function htmlAssets(html, pagePath) {
	const js = new Set();
	const css = new Set();
	for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
		const href = tag.match(/\bhref\s*=\s*["']([^"']+)["']/i)?.[1];
		const rel = tag.match(/\brel\s*=\s*["']([^"']+)["']/i)?.[1]?.toLowerCase() ?? '';
		if (!href || /^[a-z]+:/i.test(href)) continue;
		if (rel.split(/\s+/).includes('modulepreload')) js.add(resolvePath(href, pagePath));
		const disabled = /\sdisabled[\s>=/]/i.test(tag);
		if (rel.split(/\s+/).includes('stylesheet') && !disabled) css.add(resolvePath(href, pagePath));
	}
	const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
		.map((m) => m[1] ?? '')
		.join('\n');
	for (const [, attrs = '', body = ''] of html.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/gi
	)) {
		const src = attrs.match(/\bsrc\s*=\s*["']([^"']+)["']/i)?.[1];
		if (src && !/^[a-z]+:/i.test(src)) js.add(resolvePath(src, pagePath));
		for (const m of body.matchAll(/\bimport\(\s*["'](\.{0,2}\/[^"']+)["']\s*\)/g)) {
			if (m[1]) js.add(resolvePath(m[1], pagePath));
		}
		// The preloads a page adds once it has painted (scripts/build/paint-first.js).
		for (const m of body.matchAll(/["']((?:\.{1,2}\/)+_app\/[^"']+\.js)["']/g)) {
			if (m[1]) js.add(resolvePath(m[1], pagePath));
		}
	}
	return { js: [...js], css: [...css], inlineCss };
}

/** Static imports and re-exports of a built chunk (not its dynamic `import()`s). */
export function staticImports(/** @type {string} */ code, /** @type {string} */ chunkPath) {
	const found = new Set();
	for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
		if (m[1]) found.add(resolvePath(m[1], chunkPath));
	}
	return [...found];
}

/**
 * The JavaScript and CSS a first visit to a page loads before it is interactive: what its HTML
 * names, plus every chunk those import statically, transitively.
 * @param {string} buildDir
 * @param {string} pagePath e.g. '/module/the-ban/'
 * @returns {PageLoad}
 */
export function pageLoad(buildDir, pagePath) {
	const html = readFileSync(join(buildDir, fileFor(pagePath)), 'utf8');
	const { js, css, inlineCss } = htmlAssets(html, pagePath);
	const seen = new Set(js);
	const queue = [...js];
	while (queue.length) {
		const chunk = /** @type {string} */ (queue.shift());
		for (const dep of staticImports(readFileSync(join(buildDir, chunk), 'utf8'), chunk)) {
			if (!seen.has(dep)) {
				seen.add(dep);
				queue.push(dep);
			}
		}
	}
	const jsFiles = [...seen].map((f) => fileSize(buildDir, f));
	const cssFiles = css.map((f) => fileSize(buildDir, f));
	return {
		path: pagePath,
		js: jsFiles,
		css: cssFiles,
		jsTotal: total(jsFiles),
		cssTotal: total(cssFiles),
		inlineCss: sizesOf(inlineCss)
	};
}

/** Whether a page was built (the gradebook may not exist yet). */
export function pageExists(/** @type {string} */ buildDir, /** @type {string} */ pagePath) {
	return existsSync(join(buildDir, fileFor(pagePath)));
}

/**
 * The paths in build/service-worker.js's precache lists: the arrays of `base + "/…"` strings
 * SvelteKit inlines for `build`, `files` and `prerendered`.
 * @param {string} buildDir
 */
export function precachePaths(buildDir) {
	const code = readFileSync(join(buildDir, 'service-worker.js'), 'utf8');
	const paths = new Set();
	const item = String.raw`\s*[\w$]+\s*\+\s*(?:\x60[^\x60]*\x60|"[^"]*"|'[^']*')\s*`;
	for (const [array] of code.matchAll(new RegExp(String.raw`\[(?:${item},)*${item}\]`, 'g'))) {
		for (const m of array.matchAll(/\+\s*(?:`([^`]*)`|"([^"]*)"|'([^']*)')/g)) {
			paths.add(m[1] ?? m[2] ?? m[3] ?? '');
		}
	}
	if (!paths.size) throw new Error('No precache list found in build/service-worker.js');
	// The worker keeps what precacheList (src/lib/pwa/cache-policy.ts) chooses from these
	// lists: the code, static files and every page's data, but of the pages' HTML only the
	// home page, plus the app shell, and not the PNG icons only a home-screen install asks for.
	// Other pages are cached when opened.
	// The teacher's own files and pages' data are stored when Teach is first opened
	// (scripts/build/offline-groups.js), not at install.
	const teacher = new Set(teacherPaths(buildDir));
	const kept = [...paths]
		.map((p) => p || '/')
		.filter((p) => p === '/' || !(p.endsWith('/') || p.endsWith('.html')))
		.filter((p) => !/\/icons\/[^/]+\.png$/.test(p))
		.filter((p) => !teacher.has(p));
	return [...new Set([...kept, '/200.html'])];
}

/**
 * What the service worker stores when Teach is first opened: the files only the teacher's pages
 * use and those pages' data.
 * @param {string} buildDir
 */
export function teacherPaths(buildDir) {
	const groups = join(buildDir, '_app/offline-groups.json');
	if (!existsSync(groups)) throw new Error(`No ${groups}: the build did not finish`);
	/** @type {{ teacher: string[] }} */
	const { teacher } = JSON.parse(readFileSync(groups, 'utf8'));
	const data = readdirSync(join(buildDir, 'teach'), { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('__data.json'))
		.map((f) => `/teach/${f}`);
	return [...teacher, '/teach/__data.json', ...data].filter((p, i, all) => all.indexOf(p) === i);
}

/**
 * The teacher's files as stored.
 * @param {string} buildDir
 */
export function teacherCache(buildDir) {
	const files = teacherPaths(buildDir).map((p) => fileSize(buildDir, fileFor(p)));
	return { count: files.length, ...total(files), files };
}

/**
 * What the service worker stores on install: every precached file, as stored (the Cache API
 * keeps decoded bodies) and as transferred with gzip or brotli.
 * @param {string} buildDir
 */
export function precache(buildDir) {
	const files = precachePaths(buildDir).map((p) => fileSize(buildDir, fileFor(p)));
	return { count: files.length, ...total(files), files };
}

/**
 * The precache in groups: app code, app styles, prerendered pages, their data files, and
 * static files (icons, manifest, content packs).
 * @param {FileSize[]} files
 */
export function precacheByKind(files) {
	/** @type {Map<string, { kind: string, count: number, raw: number, gzip: number }>} */
	const kinds = new Map();
	for (const f of files) {
		const kind = f.file.startsWith('/_app/')
			? `app ${f.file.split('.').pop()}`
			: f.file.endsWith('.html')
				? 'pages (html)'
				: f.file.endsWith('__data.json')
					? 'page data (__data.json)'
					: 'static files';
		const k = kinds.get(kind) ?? { kind, count: 0, raw: 0, gzip: 0 };
		kinds.set(kind, { ...k, count: k.count + 1, raw: k.raw + f.raw, gzip: k.gzip + f.gzip });
	}
	return [...kinds.values()];
}
