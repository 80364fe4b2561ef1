import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
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
 * (for results screens), plus the JSON Schemas for authors.
 */
export function buildContent(): string[] {
	mkdirSync(OUT_DIR, { recursive: true });
	mkdirSync(SCHEMA_DIR, { recursive: true });
	for (const [name, schema] of Object.entries(jsonSchemas())) {
		writeIfChanged(join(SCHEMA_DIR, name), `${JSON.stringify(schema, null, '\t')}\n`);
	}
	const ids = packFolders().map((folder) => {
		const pack = compilePack(folder);
		writeIfChanged(join(OUT_DIR, `${pack.id}.json`), JSON.stringify(pack));
		writeIfChanged(
			join('static', objectivesFile(pack.id)),
			JSON.stringify(questionObjectives(pack))
		);
		return pack.id;
	});
	return ids;
}

/** The content build step: fails `vite build` on any content problem, rebuilds in dev. */
export function contentPacks(): Plugin {
	// Built now, while the config loads: SvelteKit lists static/ for the service worker
	// before any plugin hook runs. Vitest loads this config too; its tests check the content.
	if (!process.env.VITEST) buildContent();
	return {
		name: 'chipwise-content',
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
