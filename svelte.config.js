import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` version marker in every page's code.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		version: { pollInterval: 0 },
		// The host reads `_headers` (see static/_headers); the app never needs it offline.
		serviceWorker: { files: (file) => !/(^|\/)(_headers|_redirects|\.DS_Store)$/.test(file) },
		// Every stylesheet is small: put them in the page, so none blocks the first paint.
		inlineStyleThreshold: 10240,
		// A strict policy for a static host, emitted as a <meta> tag on every prerendered page:
		// scripts only from this origin or with the hash SvelteKit computes for its inline start-up.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		typescript: {
			config(tsconfig) {
				tsconfig.include.push(
					'../vitest-setup-client.ts',
					'../playwright.config.ts',
					'../scripts/**/*.js',
					'../scripts/**/*.ts'
				);
			}
		}
	}
};

export default config;
