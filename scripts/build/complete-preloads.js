// SvelteKit lists a page's modules for its preload links by walking the build's manifest, but
// one walk marks as seen the modules it meets through dynamic imports too, and does not add
// them when it meets them again as static imports of the page. A page whose first modules also
// import lazily what the page imports at once (the assignment page: 10 of its 24 files) lost
// their links, and fetched them as a second round trip once the first had run. This completes
// a page's list from the built files themselves: every module its listed modules import
// statically, transitively.
import { dirname, posix } from 'node:path';

/** A module's static imports and re-exports, as the bundler writes them: `from"./x.js"`. */
const STATIC = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g;

/**
 * The relative addresses of the modules `code` imports statically (not `import()`).
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
	return [...code.matchAll(STATIC)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * `preloads` (addresses relative to the page) with every module they import statically added,
 * each once, after those listed. `read(href)` is the module's code at that address, or null.
 * @param {string[]} preloads
 * @param {(href: string) => string | null} read
 * @returns {string[]}
 */
export function completePreloads(preloads, read) {
	const all = [...preloads];
	const seen = new Set(preloads.map((href) => posix.normalize(href)));
	for (let i = 0; i < all.length; i += 1) {
		const href = /** @type {string} */ (all[i]);
		const code = read(href);
		if (code === null) continue;
		for (const dep of staticImports(code)) {
			const next = posix.join(dirname(href), dep);
			const key = posix.normalize(next);
			if (seen.has(key)) continue;
			seen.add(key);
			all.push(next.startsWith('.') ? next : `./${next}`);
		}
	}
	return all;
}
