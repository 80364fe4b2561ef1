import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { STORED_HINT as APP_STORED_HINT } from '../../src/lib/db/name';
import { paintFirst, STORED_HINT } from './paint-first.js';

const hash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The shape SvelteKit 2 prerenders: preload links in the head, a policy with the start-up
// script's hash, and the start-up script in the body.
const startUp = `
				{
					__sveltekit_abc = { base: new URL(".", location).pathname.slice(0, -1) };
					const element = document.currentScript.parentElement;
					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [{ text: "a });" }] });
					});
				}
			`;
const page = `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(startUp)}">
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/nodes/2.C.js" rel="modulepreload">
</head><body><div><h1>Title</h1><script>${startUp}</script></div></body></html>`;

/** Runs the timers a script set, and those they set in turn, in order. */
function runTimers(timers: (() => void)[]) {
	while (timers.length) (timers.shift() as () => void)();
}

/** Lets the promises settled so far run their callbacks. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Whether the script began at once, without waiting for a paint: its first preload link is in,
 * and once the tasks it queued have run (no fallback timer among them), SvelteKit has started.
 */
async function startsAtOnce(browser: ReturnType<typeof run>): Promise<boolean> {
	const begun = browser.preloads.length > 0;
	runTimers(browser.timers);
	await settled();
	return begun && browser.imports.length === 2;
}

const scriptOf = (html: string) => html.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? '';

/** Runs a rewritten start-up script with a stand-in browser; returns what it did. */
function run(
	html: string,
	{
		hidden = false,
		paintTiming = true,
		search = '',
		fromAddress = false,
		stored = null as Record<string, string> | 'refused' | null,
		session = 'open' as 'open' | 'refused',
		// Whether the browser knows modulepreload, and whether each link loads as it is added.
		modulepreload = true,
		loadAtOnce = true
	} = {}
) {
	let sessionReads = 0;
	const sessionStorage = {
		get length() {
			sessionReads++;
			if (session === 'refused') throw new DOMException('denied', 'SecurityError');
			return 0;
		}
	};
	const imports: string[] = [];
	const preloads: string[] = [];
	let onPaint: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | null = null;
	const timers: (() => void)[] = [];
	type Link = { rel: string; href: string; onload?: () => void; onerror?: () => void };
	const loading: Link[] = [];
	const links: Link[] = [];
	const document = {
		currentScript: { parentElement: {} },
		documentElement: { dataset: {} as Record<string, string> },
		visibilityState: hidden ? 'hidden' : 'visible',
		createElement: (): Link & { relList: { supports: (r: string) => boolean } } => ({
			rel: '',
			href: '',
			relList: { supports: (r) => modulepreload && r === 'modulepreload' }
		}),
		querySelector: (selector: string) =>
			fromAddress && selector === 'meta[name="paint-first"][content="bare-address"]' ? {} : null,
		head: {
			append: (l: Link) => {
				links.push(l);
				preloads.push(`${l.rel} ${l.href}`);
				if (loadAtOnce) queueMicrotask(() => l.onload?.());
				else loading.push(l);
			}
		}
	};
	class Observer {
		static supportedEntryTypes = paintTiming ? ['paint'] : [];
		constructor(cb: (list: unknown, o: unknown) => void) {
			onPaint = (list) => cb(list, { disconnect: () => undefined });
		}
		observe() {}
	}
	const kitStart = vi.fn();
	const load = (url: string) => {
		imports.push(url);
		return Promise.resolve({ start: kitStart });
	};
	const code = scriptOf(html).replace(/\bimport\(/g, 'load(');
	const location = new URL(`https://example.org/${search}`);
	const localStorage = {
		getItem: (key: string) => {
			if (stored === 'refused') throw new DOMException('denied', 'SecurityError');
			return stored?.[key] ?? null;
		}
	};
	new Function(
		'document',
		'globalThis',
		'location',
		'load',
		'setTimeout',
		'localStorage',
		'sessionStorage',
		code
	)(
		document,
		{ PerformanceObserver: Observer },
		location,
		load,
		(f: () => void) => timers.push(f),
		localStorage,
		sessionStorage
	);
	const paint = (name: string) => onPaint?.({ getEntriesByName: (n) => (n === name ? [{}] : []) });
	/** The links added so far finish loading, or fail. */
	const finish = (how: 'onload' | 'onerror') => {
		for (const l of loading.splice(0)) l[how]?.();
	};
	return {
		imports,
		preloads,
		links,
		finish,
		kitStart,
		paint,
		timers,
		sessionReads,
		dataset: document.documentElement.dataset
	};
}

describe('paint first', () => {
	const out = paintFirst(page) ?? '';

	it('takes the preload links out of the head and keeps the rest of the page', () => {
		expect(out).not.toContain('rel="modulepreload"');
		expect(out).toContain('<h1>Title</h1>');
		expect(out).toContain('data: [{ text: "a });" }]');
	});

	it('replaces the policy’s hash with the rewritten script’s', () => {
		expect(out).not.toContain(hash(startUp));
		expect(out).toContain(hash(scriptOf(out)));
	});

	it('loads nothing before the first contentful paint, then starts SvelteKit and preloads', async () => {
		const browser = run(out);
		expect(browser.imports).toEqual([]);
		browser.paint('first-paint');
		expect(browser.imports).toEqual([]);
		browser.paint('first-contentful-paint');
		// The preload links come first, one a task; SvelteKit starts once they have loaded.
		expect(browser.preloads).toEqual(['modulepreload ./_app/immutable/entry/start.A.js']);
		expect(browser.imports).toEqual([]);
		runTimers(browser.timers);
		expect(browser.preloads).toEqual([
			'modulepreload ./_app/immutable/entry/start.A.js',
			'modulepreload ./_app/immutable/nodes/2.C.js'
		]);
		await settled();
		expect(browser.imports).toEqual([
			'./_app/immutable/entry/start.A.js',
			'./_app/immutable/entry/app.B.js'
		]);
		await vi.waitFor(() => expect(browser.kitStart).toHaveBeenCalledTimes(1));
		// The fallback timer, later, starts nothing twice.
		runTimers(browser.timers);
		expect(browser.imports).toHaveLength(2);
		expect(browser.preloads).toHaveLength(2);
	});

	it('asks for a download the page wants early after the first paint, before the links', () => {
		const pack = '<meta name="paint-first-fetch" content="../packs/p.json"/>';
		const withPack = paintFirst(page.replace('</head>', `${pack}\n</head>`)) ?? '';
		// The page keeps its markup as SvelteKit rendered it, so it hydrates as it was drawn.
		expect(withPack).toContain(pack);
		const browser = run(withPack);
		expect(browser.preloads).toEqual([]);
		browser.paint('first-contentful-paint');
		expect(browser.preloads).toEqual([
			'preload ../packs/p.json',
			'modulepreload ./_app/immutable/entry/start.A.js'
		]);
		expect(browser.links[0]).toMatchObject({ as: 'fetch', crossOrigin: 'anonymous' });
	});

	it('adds many preload links one at a time, each in a task of its own, all in order', async () => {
		const hrefs = Array.from({ length: 14 }, (_, i) => `./_app/immutable/chunks/${i}.js`);
		const links = hrefs.map((h) => `<link href="${h}" rel="modulepreload">`).join('\n');
		const many = paintFirst(page.replace('</head>', `${links}\n</head>`)) ?? '';
		const browser = run(many);
		browser.paint('first-contentful-paint');
		const sizes: number[] = [];
		const started: number[] = [];
		while (browser.timers.length) {
			(browser.timers.shift() as () => void)();
			sizes.push(browser.preloads.length);
			started.push(browser.imports.length);
		}
		// The first link comes with the paint, then one a task (the fallback timer, first, adds none).
		expect(sizes).toEqual([...Array.from({ length: 16 }, (_, i) => i + 1), 16]);
		expect(started).toEqual(Array.from({ length: 17 }, () => 0));
		expect(browser.preloads.slice(2)).toEqual(hrefs.map((h) => `modulepreload ${h}`));
		// SvelteKit starts once the last link has loaded.
		await settled();
		expect(browser.imports).toHaveLength(2);
	});

	it('starts SvelteKit once every link has loaded or failed, not before', async () => {
		const browser = run(out, { loadAtOnce: false });
		browser.paint('first-contentful-paint');
		runTimers(browser.timers);
		expect(browser.preloads).toHaveLength(2);
		await settled();
		expect(browser.imports).toEqual([]);
		// A link that fails (offline, say) does not hold SvelteKit back: its import says why.
		browser.finish('onerror');
		await settled();
		expect(browser.imports).toHaveLength(2);
		await vi.waitFor(() => expect(browser.kitStart).toHaveBeenCalledTimes(1));
	});

	it('does not wait where the browser has no modulepreload, which fires no load event', async () => {
		const browser = run(out, { modulepreload: false, loadAtOnce: false });
		browser.paint('first-contentful-paint');
		runTimers(browser.timers);
		await settled();
		expect(browser.imports).toHaveLength(2);
	});

	it('starts at once where the page says its view comes from the address, and the address has a query or fragment', async () => {
		expect(await startsAtOnce(run(out))).toBe(false);
		expect(await startsAtOnce(run(out, { search: '?mode=practice' }))).toBe(false);
		expect(await startsAtOnce(run(out, { fromAddress: true }))).toBe(false);
		expect(
			await startsAtOnce(run(out, { search: '?mode=practice', fromAddress: true }))
		).toBe(true);
		expect(await startsAtOnce(run(out, { search: '#code', fromAddress: true }))).toBe(true);
	});

	it('marks an address with a query on the page before it paints, and whether the app stored anything', () => {
		expect(run(out, { search: '?mode=test' }).dataset).toEqual({ addressQuery: '?mode=test' });
		expect(run(out).dataset).toEqual({});
		expect(run(out, { search: '#code' }).dataset).toEqual({});
		const stored = { [STORED_HINT]: '1' };
		expect(run(out, { search: '?mode=practice', stored }).dataset).toEqual({
			addressQuery: '?mode=practice',
			stored: ''
		});
		expect(run(out, { search: '?mode=practice', stored: 'refused' }).dataset).toEqual({
			addressQuery: '?mode=practice'
		});
		// The app's key, the one the start-up script reads.
		expect(STORED_HINT).toBe(APP_STORED_HINT);
	});

	it('opens sessionStorage, which SvelteKit reads as it starts, while the page is parsed', async () => {
		const parsed = run(out);
		expect(parsed.sessionReads).toBe(1);
		expect(parsed.imports).toEqual([]);
		const refused = run(out, { session: 'refused', hidden: true });
		expect(refused.sessionReads).toBe(1);
		expect(await startsAtOnce(refused)).toBe(true);
	});

	it('starts at once in a hidden tab or without paint timing, and after a second at most', async () => {
		expect(await startsAtOnce(run(out, { hidden: true }))).toBe(true);
		expect(await startsAtOnce(run(out, { paintTiming: false }))).toBe(true);
		const late = run(out);
		expect(await startsAtOnce(late)).toBe(false);
		runTimers(late.timers);
		await settled();
		expect(late.imports).toHaveLength(2);
	});

	it('leaves a page without a start-up script alone, and refuses a start-up it does not know', () => {
		expect(paintFirst('<html><body><p>Static</p></body></html>')).toBeNull();
		const registers = page.replace('kit.start(', "navigator.serviceWorker; kit.start(");
		expect(() => paintFirst(registers)).toThrow(/changed shape/);
	});
});
