import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ACTIVE_PACK } from './config';
import { compilePack, packFolders, PACKS_DIR } from './compile.server';
import { jsonSchemas } from './json-schema.server';
import { objectivesFile, questionObjectives } from './objectives';

const OUT_DIR = 'static/packs';
const SCHEMA_DIR = 'content/schema';

function writeIfChanged(path: string, text: string) {
	if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
	writeFileSync(path, text);
}

/**
 * Validates every pack and writes it as static JSON, with each question's objectives beside it
 * (for results screens), plus the JSON Schemas for authors. Returns each pack's id and the
 * SHA-256 (hex) of the file written.
 */
export function buildContent(): { id: string; sha256: string }[] {
	mkdirSync(OUT_DIR, { recursive: true });
	mkdirSync(SCHEMA_DIR, { recursive: true });
	for (const [name, schema] of Object.entries(jsonSchemas())) {
		writeIfChanged(join(SCHEMA_DIR, name), `${JSON.stringify(schema, null, '\t')}\n`);
	}
	const ids = packFolders().map((folder) => {
		const pack = compilePack(folder);
		const text = JSON.stringify(pack);
		writeIfChanged(join(OUT_DIR, `${pack.id}.json`), text);
		writeIfChanged(
			join('static', objectivesFile(pack.id)),
			JSON.stringify(questionObjectives(pack))
		);
		return { id: pack.id, sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
	});
	return ids;
}

/**
 * The content build step: fails `vite build` on any content problem, rebuilds in dev. The app
 * gets the built-in pack's SHA-256 as `__SHIPPED_PACK_SHA256__` (see shipped.ts).
 */
export function contentPacks(): Plugin {
	// Built now, while the config loads: SvelteKit lists static/ for the service worker
	// before any plugin hook runs. Vitest loads this config too; its tests check the content.
	const built = process.env.VITEST ? [] : buildContent();
	const sha256 = built.find((p) => p.id === ACTIVE_PACK)?.sha256 ?? '';
	return {
		name: 'chipwise-content',
		config: () => ({ define: { __SHIPPED_PACK_SHA256__: JSON.stringify(sha256) } }),
		configureServer(server) {
			server.watcher.add(PACKS_DIR);
			server.watcher.on('change', (file) => {
				if (!file.includes(PACKS_DIR)) return;
				try {
					buildContent();
					server.ws.send({ type: 'full-reload' });
				} catch (error) {
					server.config.logger.error(String(error instanceof Error ? error.message : error));
				}
			});
		}
	};
}
