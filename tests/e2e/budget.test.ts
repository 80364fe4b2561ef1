import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	BUNDLE_PAGES,
	FIRST_LOAD_FILE_BUDGETS,
	FIRST_LOAD_JS_BUDGETS,
	KB,
	pageLoad,
	precache
} from '../../scripts/bench/bundle.js';
import { HINT } from '../../scripts/vite/compile-hints.js';

// Byte budgets, read from build/ with the benchmark's own measure (no browser), so that they
// cannot regress unnoticed; see README "Performance" and `npm run bench` for all budgets.
const BUILD = 'build';

/** Every script file of the build, by its path under _app/immutable. */
function builtScripts() {
	const dir = join(BUILD, '_app/immutable');
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.js'))
		.map((f) => ({ f, code: readFileSync(join(dir, f), 'utf8') }));
}

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
	for (const budget of FIRST_LOAD_JS_BUDGETS) {
		const page = BUNDLE_PAGES.find((p) => p.key === budget.key);
		test(`${page?.label} loads at most ${budget.limit / KB} KB of JavaScript (gzip) before it is interactive`, () => {
			const { gzip, list } = firstLoadJs(page?.path ?? '');
			expect(gzip, `first-load JavaScript of ${page?.label}:\n${list}`).toBeLessThanOrEqual(
				budget.limit
			);
		});
	}

	for (const page of BUNDLE_PAGES) {
		const files = FIRST_LOAD_FILE_BUDGETS[page.key as keyof typeof FIRST_LOAD_FILE_BUDGETS];
		test(`${page.label} asks for at most ${files} script files before it is interactive`, () => {
			const { list } = firstLoadJs(page.path);
			expect(
				list.split('\n').length,
				`first-load scripts of ${page.label}:\n${list}`
			).toBeLessThanOrEqual(files);
		});
	}

	// What a page's first load must not carry, found by text each library's build keeps.
	const LIBRARIES = {
		Dexie: 'DexieError',
		valibot: '~standard',
		fflate: 'invalid block type'
	};
	const carried = (path: string) => {
		const code = pageLoad(BUILD, path).js.map((f) => readFileSync(join(BUILD, f.file), 'utf8'));
		return Object.entries(LIBRARIES)
			.filter(([, mark]) => code.some((c) => c.includes(mark)))
			.map(([name]) => name);
	};

	test('a first visit to Learn, a lesson or the player loads no database, codec or schema code', () => {
		for (const path of ['/', '/module/the-ban/the-ban.l1/', '/quiz/the-ban.basics/']) {
			expect(carried(path), path).toEqual([]);
		}
	});

	test('the gradebook loads neither the link codec (fflate) nor valibot before it is interactive', () => {
		expect(carried('/teach/gradebook/')).not.toContain('fflate');
		expect(carried('/teach/gradebook/')).not.toContain('valibot');
	});

	test('the marks it looks for are in the build, so the checks above can fail', () => {
		const all = builtScripts().map((s) => s.code);
		for (const mark of Object.values(LIBRARIES)) {
			expect(
				all.some((c) => c.includes(mark)),
				mark
			).toBe(true);
		}
	});

	// Vite's helper adds a preload link for each module a dynamic import needs, in the task that
	// imports; only SvelteKit's entry, which imports the pages, keeps them (preload-deps.js).
	test('only a move to another page asks for all of its scripts at once', () => {
		const asked = builtScripts()
			.map(({ f, code }) => {
				const list = code.match(/__vite__mapDeps=.*?m\.f=(\[[^\]]*\])/);
				return { f, deps: list ? (JSON.parse(list[1] ?? '[]') as string[]) : [] };
			})
			.filter(({ deps }) => deps.length);
		const entry = asked.filter(({ f }) => /^entry[\\/]app\./.test(f));
		expect(entry).toHaveLength(1);
		expect(entry[0]?.deps.some((d) => d.endsWith('.js'))).toBe(true);
		const lazy = asked.filter((a) => !entry.includes(a));
		expect(lazy.length).toBeGreaterThan(0);
		for (const { f, deps } of lazy)
			expect(
				deps.filter((d) => d.endsWith('.js')),
				f
			).toEqual([]);
	});

	// V8 compiles a file's functions off the main thread only when the hint is its first line
	// (scripts/vite/compile-hints.js); a file that only re-exports has nothing to compile.
	test('every script file with code of its own starts with V8’s compile hint', () => {
		const scripts = builtScripts();
		const without = scripts.filter(({ code }) => !code.startsWith(`${HINT}\n`));
		expect(without.length).toBeLessThan(scripts.length / 10);
		for (const { f, code } of without)
			expect(code.trim(), f).toMatch(/^export\{[^}]*\}from"[^"]+";?$/);
	});

	// A page's styles come in it (inlineStyleThreshold, svelte.config.js), so none is a request
	// before its first paint. A stylesheet fetched as the app starts is a request too, and the
	// whole page is restyled when it arrives: SvelteKit loads the error page as every page
	// starts, so it keeps no styles of its own.
	test('a first visit fetches no stylesheet: every page brings its styles', async ({ browser }) => {
		for (const path of [
			'/',
			'/module/the-ban/the-ban.l1/',
			'/quiz/the-ban.basics/?mode=practice',
			'/teach/'
		]) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const sheets: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'stylesheet') sheets.push(new URL(r.url()).pathname);
			});
			await page.goto(path);
			await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
			await page.waitForLoadState('networkidle');
			expect(await page.locator('style').count(), path).toBeGreaterThan(0);
			expect(sheets, path).toEqual([]);
			await context.close();
		}
	});

	// Chromium builds an SVG image (an <img>, an icon, a CSS url) as a document of its own on the
	// page's main thread; a PNG is only decoded. The header's mark is drawn in the page instead.
	test('no page or stylesheet shows an SVG file as an image', () => {
		const files = readdirSync(BUILD, { recursive: true })
			.map(String)
			.filter((f) => /\.(html|css)$/.test(f));
		expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
		for (const file of files) {
			const text = readFileSync(join(BUILD, file), 'utf8');
			expect(text, file).not.toMatch(/<img[^>]+\.svg|<link[^>]+\.svg|url\([^)]*\.svg/);
		}
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
