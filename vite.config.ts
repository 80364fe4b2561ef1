import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentPacks } from './src/lib/content/vite-plugin';
import { kitRouterTask } from './scripts/vite/kit-router-task.js';
import { chunkGroups } from './scripts/vite/chunk-groups.js';
import { compileHints } from './scripts/vite/compile-hints.js';
import { kitSvelteImports } from './scripts/vite/kit-svelte-imports.js';
import { preloadDependencies } from './scripts/vite/preload-deps.js';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
	plugins: [contentPacks(), kitSvelteImports(), kitRouterTask(), sveltekit(), compileHints()],
	resolve: {
		// Dexie's package entry wraps its ES5 build (a UMD file, so a CommonJS wrapper in the
		// bundle); its modern build is the same library as plain ES modules of today's syntax:
		// smaller, and quicker for a phone to parse and run.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
	build: {
		// A lazily loaded part's modules are not all asked for at once: see preload-deps.js.
		modulePreload: { resolveDependencies: preloadDependencies },
		rolldownOptions: {
			output: {
				codeSplitting: { groups: chunkGroups }
			}
		}
	},
	define: { __APP_VERSION__: JSON.stringify(pkg.version) },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'client',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['./vitest-setup-client.ts']
				}
			}
		]
	}
});
