import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkGroups, GROUPED } from './chunk-groups.js';

const root = resolve(import.meta.dirname, '../..');
const EXTENSIONS = ['.ts', '.svelte.ts', '.svelte'];

/** The file a grouped path names, or null. */
function fileOf(path: string): string | null {
	for (const ext of EXTENSIONS) {
		const file = resolve(root, 'src/lib', path + ext);
		if (existsSync(file)) return file;
	}
	return null;
}

/** The group a module id falls in, as the bundler would pick it (highest priority first). */
function groupOf(id: string): string | null {
	const sorted = [...chunkGroups].sort((a, b) => b.priority - a.priority);
	const group = sorted.find((g) => (typeof g.test === 'function' ? g.test(id) : g.test.test(id)));
	return group?.name ?? null;
}

const entries = Object.entries(GROUPED) as [string, string[]][];

describe('chunk groups', () => {
	it('name files that exist, each in one group', () => {
		const seen = new Set<string>();
		for (const [, paths] of entries) {
			for (const path of paths) {
				expect(fileOf(path), path).not.toBeNull();
				expect(seen.has(path), path).toBe(false);
				seen.add(path);
			}
		}
	});

	it('put each grouped module, and its styles, in its group', () => {
		for (const [name, paths] of entries) {
			for (const path of paths) {
				const file = fileOf(path)!;
				expect(groupOf(file), path).toBe(name);
				if (file.endsWith('.svelte')) {
					expect(groupOf(`${file}?svelte&type=style&lang.css`), path).toBe(name);
				}
			}
		}
		expect(groupOf(resolve(root, 'node_modules/svelte/src/index-client.js'))).toBe('app');
	});

	it('leave the database and what loads only when needed in files of their own', () => {
		for (const path of ['db/db', 'db/profiles', 'db/teach-list-reads', 'quiz/store']) {
			expect(groupOf(fileOf(path)!), path).toBeNull();
		}
		expect(groupOf(resolve(root, 'node_modules/dexie/dist/modern/dexie.mjs'))).toBeNull();
		expect(groupOf(resolve(root, 'src/lib/db/reads-extra.ts'))).toBeNull();
	});

	it('group no module that imports the database itself', () => {
		// The bundler takes a grouped module's imports into its group: Dexie would then load
		// with the first page that needs a small helper.
		const database = /^import (?!type )[^;]*from '(\.\/db|\$lib\/db\/db|dexie)'/m;
		for (const [, paths] of entries) {
			for (const path of paths) {
				expect(readFileSync(fileOf(path)!, 'utf8'), path).not.toMatch(database);
			}
		}
	});
});
