// The files only the teacher's pages use. A learner's device does not store them when the app
// is installed; the service worker stores them the first time Teach is opened (see
// src/lib/pwa/cache-policy.ts). Computed from Vite's manifest of the client build, written to
// build/_app/offline-groups.json and into the built service worker.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The placeholder in src/service-worker.ts that the list replaces. */
export const PLACEHOLDER = '"__teacher-files__"';

/**
 * @typedef {{ file: string, src?: string, isEntry?: boolean, imports?: string[],
 *   dynamicImports?: string[], css?: string[] }} ManifestChunk
 */

/**
 * Every file `roots` load, at once or later, without following the router's imports of pages
 * (an entry that lazily imports page nodes would otherwise reach every page).
 * @param {Record<string, ManifestChunk>} manifest
 * @param {string[]} roots
 * @param {(key: string) => boolean} isPage
 */
function reach(manifest, roots, isPage) {
	const seen = new Set();
	const stack = [...roots];
	while (stack.length) {
		const key = /** @type {string} */ (stack.pop());
		if (seen.has(key)) continue;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) continue;
		const lazy = (chunk.dynamicImports ?? []).filter((k) => !isPage(k));
		stack.push(...(chunk.imports ?? []), ...lazy);
	}
	const files = new Set();
	for (const key of seen) {
		const chunk = manifest[key];
		if (!chunk) continue;
		files.add(`/${chunk.file}`);
		for (const css of chunk.css ?? []) files.add(`/${css}`);
	}
	return files;
}

/**
 * The files that the teacher's pages load and no other page does.
 * @param {Record<string, ManifestChunk>} manifest
 * @param {(key: string) => boolean} isPage whether a manifest key is a page node
 * @param {(key: string) => boolean} isTeacherPage
 */
export function teacherOnlyFiles(manifest, isPage, isTeacherPage) {
	const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
	const teacher = reach(manifest, entries.filter(isTeacherPage), isPage);
	const others = reach(
		manifest,
		entries.filter((k) => !isTeacherPage(k)),
		isPage
	);
	return [...teacher].filter((f) => !others.has(f)).sort();
}

/**
 * Writes the teacher's files into build/: the list, and the service worker's copy of it.
 * @param {string} buildDir
 * @param {string} kitDir the .svelte-kit folder of the build
 */
export function writeOfflineGroups(buildDir, kitDir) {
	const manifest = JSON.parse(
		readFileSync(join(kitDir, 'output/client/.vite/manifest.json'), 'utf8')
	);
	const isPage = (/** @type {string} */ key) => /\/nodes\/\d+\.js$/.test(key);
	const isTeacherPage = (/** @type {string} */ key) => {
		if (!isPage(key)) return false;
		const file = join(kitDir, '..', key);
		return existsSync(file) && /\/src\/routes\/teach\//.test(readFileSync(file, 'utf8'));
	};
	const teacher = teacherOnlyFiles(manifest, isPage, isTeacherPage);
	if (!teacher.length) throw new Error('offline groups: no file is the teacher pages’ own');
	writeFileSync(join(buildDir, '_app/offline-groups.json'), JSON.stringify({ teacher }));
	const worker = join(buildDir, 'service-worker.js');
	const code = readFileSync(worker, 'utf8');
	if (!code.includes(PLACEHOLDER))
		throw new Error(`offline groups: ${PLACEHOLDER} not found in the built service worker`);
	writeFileSync(worker, code.replace(PLACEHOLDER, teacher.map((f) => `"${f}"`).join(',')));
	return teacher;
}
