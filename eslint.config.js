import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: {
					// The benchmark's bare SvelteKit page has its own project (scripts/bench/floor).
					allowDefaultProject: [
						'src/service-worker.ts',
						'scripts/bench/floor/src/routes/+page.svelte'
					]
				},
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/consistent-type-imports': 'error',
			'no-undef': 'off',
			// Links go through $lib/paths, which builds every path with resolve() and adds the
			// trailing slash of a prerendered page; the rule cannot see through that helper.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'bench/tmp/',
			'scripts/bench/floor/.svelte-kit/',
			'.svelte-kit/',
			'node_modules/',
			'static/',
			'test-results/',
			'playwright-report/',
			'reports/'
		]
	}
);
