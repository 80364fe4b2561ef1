// The assignment page's first paint shows the assignment (src/routes/a/intro-preview.ts). A
// student opens a teacher's link on a slow phone: the prerendered page holds the card, empty,
// and this puts the script that fills it from the link in the page, inline, just before
// SvelteKit's start-up script, so it runs as the page is parsed and before the first paint.
// The script is bundled from the app's own modules (the link's codec and the card's words), so
// the page and the app say the same thing. The policy gets the script's hash.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';

export const ENTRY = 'src/routes/a/intro-preview.entry.ts';
/** The prerendered page it goes into. */
export const PAGE = 'a/index.html';

const POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** @param {string} text */
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The inline script: the entry and what it imports, as one minified function. */
export async function previewScript(root = '.') {
	const bundle = await rolldown({
		input: resolve(root, ENTRY),
		platform: 'browser',
		resolve: { alias: { $lib: resolve(root, 'src/lib') } },
		logLevel: 'silent'
	});
	try {
		const { output } = await bundle.generate({ format: 'iife', minify: true });
		const code = output[0].code.trim();
		if (code.includes('</script')) throw new Error('assignment-preview: the script closes its tag');
		return code;
	} finally {
		await bundle.close();
	}
}

/**
 * The page with the script before its first script in the body, and its hash in the policy.
 * @param {string} html
 * @param {string} script
 */
export function withPreview(html, script) {
	const policy = html.match(POLICY);
	if (!policy) throw new Error('assignment-preview: the page has no Content Security Policy');
	const content = /** @type {string} */ (policy[1]);
	if (!/(^|;\s*)script-src /.test(content)) throw new Error('assignment-preview: no script-src');
	const allowed = content.replace(/((?:^|;\s*)script-src [^;]*)/, `$1 ${hash(script)}`);
	const body = html.indexOf('<body');
	const at = html.indexOf('<script>', body);
	if (body < 0 || at < 0) throw new Error('assignment-preview: no start-up script in the body');
	const page = `${html.slice(0, at)}<script>${script}</script>${html.slice(at)}`;
	return page.replace(policy[0], () => policy[0].replace(content, () => allowed));
}

/**
 * The assignment page under `dir`, rewritten; returns the script's length.
 * @param {string} dir
 */
export async function assignmentPreview(dir, root = '.') {
	const file = join(dir, PAGE);
	const script = await previewScript(root);
	writeFileSync(file, withPreview(readFileSync(file, 'utf8'), script));
	return script.length;
}
