// The saved theme at the first paint. Learners who chose Dark (or Light against their device's
// setting) saw each page load in the other colours until the app had read the choice from
// IndexedDB, a second or more on a slow phone. The app mirrors the choice in localStorage
// (src/lib/settings/theme.ts, THEME_HINT), and this puts a two-line script in each page's head,
// right after its Content Security Policy, that applies the mirror before the body is parsed.
// The policy gets the script's hash, so the strict CSP holds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app's mirror of the saved theme (src/lib/settings/theme.ts). */
export const THEME_HINT = 'chipwise-theme';

// The browser's own colour (a phone's address bar) follows the choice too, as the app's
// applyTheme does: the `theme-color` metas come before the policy in the head, so they are
// parsed when this runs.
export const THEME_SCRIPT =
	`try { const t = localStorage.getItem(${JSON.stringify(THEME_HINT)});` +
	` if (t === 'dark' || t === 'light') { document.documentElement.dataset.theme = t;` +
	` for (const m of document.querySelectorAll('meta[name="theme-color"][data-scheme]'))` +
	` m.media = m.dataset.scheme === t ? 'all' : 'not all'; } } catch {}`;

const POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** @param {string} text */
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * One page with the theme script after its policy, whose `script-src` allows it.
 * @param {string} html
 * @returns {string}
 */
export function themeFirst(html) {
	const policy = html.match(POLICY);
	if (!policy) throw new Error('theme-first: a page has no Content Security Policy');
	const content = /** @type {string} */ (policy[1]);
	if (!/(^|;\s*)script-src /.test(content)) throw new Error('theme-first: no script-src');
	const allowed = content.replace(/((?:^|;\s*)script-src [^;]*)/, `$1 ${hash(THEME_SCRIPT)}`);
	const meta = policy[0].replace(content, () => allowed);
	return html.replace(policy[0], () => `${meta}<script>${THEME_SCRIPT}</script>`);
}

/**
 * Every page under `dir`, the app shell included; returns how many.
 * @param {string} dir
 */
export function themeFirstAll(dir) {
	let pages = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		writeFileSync(file, themeFirst(readFileSync(file, 'utf8')));
		pages += 1;
	}
	return pages;
}
