import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { THEME_HINT as APP_THEME_HINT } from '../../src/lib/settings/theme';
import { THEME_HINT, THEME_SCRIPT, themeFirst } from './theme-first.js';

const hash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const policy = `default-src 'self'; script-src 'self' 'sha256-start'; style-src 'self'`;
const page = `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${policy}">
<title>Learn</title></head><body><h1>Learn</h1><script>start()</script></body></html>`;

/** The head's two `theme-color` metas (src/app.html), as they are before any script. */
const themeColors = () => [
	{ dataset: { scheme: 'light' }, media: '(prefers-color-scheme: light)' },
	{ dataset: { scheme: 'dark' }, media: '(prefers-color-scheme: dark)' }
];

/**
 * Runs the head's script with a stand-in storage; returns the document's dataset and the
 * `theme-color` metas' media.
 */
function runWithMetas(stored: string | null | 'refused') {
	const dataset: Record<string, string> = {};
	const metas = themeColors();
	const localStorage = {
		getItem: (key: string) => {
			if (stored === 'refused') throw new Error('SecurityError');
			return key === THEME_HINT ? stored : null;
		}
	};
	new Function('localStorage', 'document', THEME_SCRIPT)(localStorage, {
		documentElement: { dataset },
		querySelectorAll: (selector: string) =>
			selector === 'meta[name="theme-color"][data-scheme]' ? metas : []
	});
	return { dataset, media: metas.map((m) => m.media) };
}
const run = (stored: string | null | 'refused') => runWithMetas(stored).dataset;

describe('the saved theme at the first paint', () => {
	const out = themeFirst(page);

	it('puts its script in the head, right after the policy, before anything paints', () => {
		const head = out.slice(0, out.indexOf('</head>'));
		expect(head).toContain(`style-src 'self'"><script>${THEME_SCRIPT}</script>\n<title>`);
		expect(out).toContain('<body><h1>Learn</h1><script>start()</script></body>');
	});

	it('allows the script by its hash, and keeps the rest of the policy', () => {
		const content = out.match(/content-security-policy" content="([^"]*)"/)?.[1];
		expect(content).toBe(
			`default-src 'self'; script-src 'self' 'sha256-start' ${hash(THEME_SCRIPT)}; style-src 'self'`
		);
	});

	it('applies a saved Dark or Light, and leaves anything else to the device', () => {
		expect(run('dark')).toEqual({ theme: 'dark' });
		expect(run('light')).toEqual({ theme: 'light' });
		expect(run(null)).toEqual({});
		expect(run('sepia')).toEqual({});
		expect(run('" onload="x')).toEqual({});
		expect(run('refused')).toEqual({});
	});

	it("sets the browser's own colour for a saved Dark or Light, as the app does", () => {
		expect(runWithMetas('dark').media).toEqual(['not all', 'all']);
		expect(runWithMetas('light').media).toEqual(['all', 'not all']);
		const device = themeColors().map((m) => m.media);
		expect(runWithMetas(null).media).toEqual(device);
		expect(runWithMetas('sepia').media).toEqual(device);
	});

	it('reads the key the app writes', () => {
		expect(THEME_HINT).toBe(APP_THEME_HINT);
	});

	it('refuses a page without a policy rather than leave its script unallowed', () => {
		expect(() => themeFirst('<html><head></head><body></body></html>')).toThrow(/Policy/);
		expect(() =>
			themeFirst(`<meta http-equiv="content-security-policy" content="default-src 'self'">`)
		).toThrow(/script-src/);
	});
});
