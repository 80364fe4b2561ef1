import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { writeOfflineGroups } from './scripts/build/offline-groups.js';
import { assignmentPreview } from './scripts/build/assignment-preview.js';
import { paintFirstAll } from './scripts/build/paint-first.js';
import { themeFirstAll } from './scripts/build/theme-first.js';

const FALLBACK = '200.html';
const staticAdapter = adapter({
	pages: 'build',
	assets: 'build',
	fallback: FALLBACK,
	strict: true
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` version marker in every page's code.
	compilerOptions: { discloseVersion: false },
	kit: {
		// The static adapter, then every prerendered page paints before its scripts load
		// (scripts/build/paint-first.js).
		adapter: {
			name: 'static, paint first',
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				const pages = paintFirstAll('build', FALLBACK);
				builder.log.minor(`Paint first: ${pages} pages start their scripts after painting`);
				// After paint-first too: the assignment page fills its card from the link as it
				// is parsed (scripts/build/assignment-preview.js).
				const preview = await assignmentPreview('build');
				builder.log.minor(`Assignment preview: ${preview} characters inline`);
				// After paint-first, which rewrites each page's first inline script: the saved
				// theme is applied by the page's head (scripts/build/theme-first.js).
				const themed = themeFirstAll('build');
				builder.log.minor(`Theme first: ${themed} pages apply the saved theme before painting`);
				// The teacher's own files are stored when Teach is first opened, not at install.
				const teacher = writeOfflineGroups('build', '.svelte-kit');
				builder.log.minor(`Offline groups: ${teacher.length} files only Teach uses`);
			}
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		version: { pollInterval: 0 },
		// The host reads `_headers` (see static/_headers); the app never needs it offline.
		// The app registers the worker itself once the page is idle (src/lib/app-start.ts).
		serviceWorker: {
			register: false,
			files: (file) => !/(^|\/)(_headers|_redirects|\.DS_Store)$/.test(file)
		},
		// Every stylesheet is small: put them in the page, so none blocks the first paint. The
		// largest are the shell's (app.css with the layout's components, 10.3 KB) and the
		// player's (12.4 KB); a stylesheet over the threshold would quietly become a request
		// before the first paint (budget.test.ts checks that no page links one).
		inlineStyleThreshold: 16 * 1024,
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
