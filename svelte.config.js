import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		version: { pollInterval: 0 },
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
