// Builds the storage benchmark's harness: the app's real modules (src/lib) in a bare page,
// with small stand-ins for the SvelteKit modules they import, and Svelte for the `.svelte.ts`
// modules with runes. Output: bench/tmp/harness.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import pkg from '../../../package.json' with { type: 'json' };

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
	root: here('.'),
	base: './',
	logLevel: 'warn',
	publicDir: false,
	plugins: [svelte({ configFile: false })],
	// No digest of the built-in pack: the harness reads it checked, as any pack (shipped.ts).
	define: { __APP_VERSION__: JSON.stringify(pkg.version), __SHIPPED_PACK_SHA256__: '""' },
	resolve: {
		alias: [
			{ find: /^\$lib(?=\/|$)/, replacement: here('../../../src/lib') },
			{ find: /^\$app\/paths$/, replacement: here('./stubs/app-paths.ts') },
			{ find: /^\$app\/environment$/, replacement: here('./stubs/app-environment.ts') }
		]
	},
	build: {
		outDir: here('../../../bench/tmp/harness'),
		emptyOutDir: true,
		target: 'es2022',
		minify: true,
		reportCompressedSize: false
	}
});
