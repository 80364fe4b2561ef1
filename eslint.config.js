import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const reExport = {
	selector: 'ExportNamedDeclaration[source], ExportAllDeclaration',
	message: 'Import from the module that defines it; do not re-export.'
};

/**
 * A `no-restricted-imports` rule: these libraries, and modules whose path matches a pattern,
 * each with what it says; type imports are erased and allowed.
 * @param {string[]} libraries
 * @param {string} message
 * @param {[regex: string, message: string][]} patterns
 */
function restrictImports(libraries, message, patterns) {
	const paths = libraries.map((name) => ({ name, allowTypeImports: true, message }));
	const matched = patterns.map(([regex, said]) => ({
		regex,
		allowTypeImports: true,
		message: said
	}));
	return { 'no-restricted-imports': ['error', { paths, patterns: matched }] };
}

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
		// No import cycle, type-only imports included: a cycle is a seam that has come undone.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [
				createTypeScriptImportResolver({
					project: './tsconfig.json',
					extensions: ['.ts', '.js', '.svelte']
				})
			],
			'import-x/extensions': ['.ts', '.js', '.svelte'],
			'import-x/parsers': {
				'svelte-eslint-parser': ['.svelte'],
				'@typescript-eslint/parser': ['.ts']
			}
		},
		rules: { 'import-x/no-cycle': ['error', { allowUnsafeDynamicCyclicDependency: false }] }
	},
	// Which module may import what (README "How it is built"). A page's first load stays light
	// because some modules never import heavy code at run time; these rules make that a check.
	{
		// One import path per symbol: a re-export gives a function a second home, and a page that
		// takes the convenient one loads the heavy host (and type-level import cycles follow).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts', 'src/app.d.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				reExport,
				{
					// One place names the database modules that load on demand (inside src/lib/db,
					// modules load each other directly).
					selector: String.raw`ImportExpression[source.value=/^\$lib\/db\/(db|attempts|teach|classes|profiles|backup|growth|sessions|quiz-store|settings|lessons|observe)$/]`,
					message: 'Load database modules through $lib/db/load (e.g. `await load.teach()`).'
				}
			]
		}
	},
	{
		// The loader itself: the one file with those import() calls.
		files: ['src/lib/db/load.ts', 'src/lib/db/load-teacher.ts'],
		rules: { 'no-restricted-syntax': ['error', reExport] }
	},
	{
		// Light modules: pages load them in their first load, so Dexie, the codecs and the
		// scheduler stay out of them (type imports are erased and allowed).
		files: [
			'src/lib/db/reads.ts',
			'src/lib/db/teach-reads.ts',
			'src/lib/db/class-reads.ts',
			'src/lib/teach/roster.ts',
			'src/lib/teach/follow-up.ts',
			'src/lib/db/presence.ts',
			'src/lib/db/name.ts',
			'src/lib/teach/identity.ts',
			'src/lib/teach/status.ts',
			'src/lib/teach/gradebook.ts',
			'src/lib/teach/csv.ts',
			'src/lib/schedule.ts'
		],
		rules: restrictImports(
			['dexie', 'fflate', 'valibot', 'ts-fsrs'],
			'A light module: this library must load only where it is used.',
			[
				[
					String.raw`^(\$lib/db|\.)/(db|attempts|teach|classes|profiles|backup|growth|sessions|quiz-store|settings|lessons|observe)$`,
					'A light module: the database code loads only where data is read or kept.'
				],
				[
					String.raw`^(\$lib/teach|\.)/(assignment|receipt|codec)$`,
					'A light module: the link and receipt codecs (valibot, fflate) load only where codes are read or made.'
				]
			]
		)
	},
	{
		// Pages and components reach the database through $lib/db/load, so a page that shows
		// no stored data (and every first visit) loads no database code. Before the blocks below:
		// a later block's rule replaces an earlier one's for the files they share.
		files: ['src/routes/**/*.svelte', 'src/routes/**/*.ts', 'src/lib/components/**/*.svelte'],
		ignores: ['**/*.test.ts'],
		rules: restrictImports(['dexie'], 'Load the database through $lib/db/load.', [
			[
				String.raw`^\$lib/db/(db|attempts|teach|classes|profiles|backup|growth|sessions|quiz-store|settings|lessons|observe)$`,
				'Load the database modules through $lib/db/load, where the page needs them.'
			]
		])
	},
	{
		// What the assignment page runs inline before its first paint (scripts/build/
		// assignment-preview.js): no library at all; the build bundles what these import.
		files: [
			'src/routes/a/intro-preview.ts',
			'src/routes/a/intro-preview.entry.ts',
			'src/routes/a/intro-fill.ts',
			'src/routes/a/link-preview.ts',
			'src/lib/teach/inflate-stream.ts',
			'src/lib/teach/assignment-wire.ts'
		],
		rules: restrictImports(
			['dexie', 'fflate', 'valibot', 'ts-fsrs'],
			'Runs inline before the first paint: no library.',
			[
				[
					String.raw`^(\$lib/teach|\.)/(assignment|receipt)$`,
					'Runs inline before the first paint: the schema (valibot) stays out.'
				]
			]
		)
	},
	{
		// The assignment page's first load: the link's codec and schema load as the page reads
		// its link (assignment-page.svelte.ts); what the first paint showed is read back.
		files: [
			'src/routes/a/+page.svelte',
			'src/routes/a/intro-facts.ts',
			'src/routes/a/intro-fill.ts'
		],
		rules: restrictImports(
			['dexie', 'fflate', 'valibot'],
			'The assignment page loads this library once it reads its link, or through $lib/db/load.',
			[
				[
					String.raw`^\$lib/db/(db|attempts|teach|classes|profiles|backup|growth|sessions|quiz-store|settings|lessons|observe)$`,
					'Load the database modules through $lib/db/load, where the page needs them.'
				],
				[
					String.raw`^(\$lib/teach|\$lib/authoring|\.)/(assignment|assignment-pack|codec|pack-link|link-preview|intro-preview)$`,
					'The assignment page loads the link codec once it reads its link.'
				]
			]
		)
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
