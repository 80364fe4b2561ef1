// SvelteKit's client router reads a few Svelte functions through a namespace import
// (`import * as svelte from 'svelte'`, so that it runs with older Svelte versions too). Vite 8's
// bundler then keeps every export of Svelte's index in every page's first load: the legacy
// lifecycle functions, createEventDispatcher, createRawSnippet and more, about 0.6 KB gzip
// that no page of this app uses. This build step rewrites that one import into named imports
// of exactly the functions the router reads and Svelte exports. When SvelteKit's code no longer
// has that shape, or uses the namespace in a way it cannot follow, the build fails and says
// so: update this step, or delete it once SvelteKit imports Svelte by name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseAst } from 'vite';

const FILE = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;

/**
 * The names a module reads from its namespace import `ns`: `ns.name` and
 * `const { a, b } = ns`. Null when it uses `ns` any other way (passed along, computed keys).
 * @param {any} ast
 * @param {string} ns
 * @returns {Set<string> | null}
 */
export function namesReadFrom(ast, ns) {
	/** @type {Set<string>} */
	const names = new Set();
	let followed = true;
	/** @param {any} node @param {any} parent */
	const visit = (node, parent) => {
		if (!node || typeof node.type !== 'string') return;
		if (node.type === 'Identifier' && node.name === ns) {
			if (parent?.type === 'ImportNamespaceSpecifier') return;
			if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed)
				return;
			if (
				parent?.type === 'Property' &&
				parent.key === node &&
				!parent.computed &&
				!parent.shorthand
			)
				return;
			if (parent?.type === 'MemberExpression' && parent.object === node && !parent.computed) {
				names.add(parent.property.name);
				return;
			}
			if (
				parent?.type === 'VariableDeclarator' &&
				parent.init === node &&
				parent.id.type === 'ObjectPattern'
			) {
				for (const p of parent.id.properties) {
					if (p.type !== 'Property' || p.computed || p.key.type !== 'Identifier') followed = false;
					else names.add(p.key.name);
				}
				return;
			}
			followed = false;
			return;
		}
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) for (const child of value) visit(child, node);
			else if (value && typeof value === 'object') visit(value, node);
		}
	};
	visit(ast, null);
	return followed ? names : null;
}

/**
 * The names the installed Svelte exports to the browser (its `browser` entry): a name the
 * router reads that Svelte lacks (an older or newer API it guards against) stays undefined.
 * @param {string} [from] where to resolve `svelte` from
 * @returns {Set<string>}
 */
export function svelteBrowserExports(from = import.meta.url) {
	const pkgFile = createRequire(from).resolve('svelte/package.json');
	const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
	const entry = join(dirname(pkgFile), pkg.exports['.'].browser);
	const ast = /** @type {any} */ (parseAst(readFileSync(entry, 'utf8')));
	/** @type {Set<string>} */
	const names = new Set();
	for (const node of ast.body) {
		if (node.type !== 'ExportNamedDeclaration') continue;
		if (node.declaration?.id) names.add(node.declaration.id.name);
		for (const d of node.declaration?.declarations ?? []) if (d.id.name) names.add(d.id.name);
		for (const spec of node.specifiers ?? []) names.add(spec.exported.name);
	}
	return names;
}

/** @returns {import('vite').Plugin} */
export function kitSvelteImports() {
	/** Whether this build met the router and rewrote it (a client build must). */
	let rewritten = false;
	/** @type {Set<string> | null} */
	let exported = null;
	return {
		name: 'chipwise:kit-svelte-imports',
		apply: 'build',
		buildEnd(error) {
			// Only the browser build loads the router; the server build never meets it.
			const client = this.environment?.name === 'client';
			if (error || !client || rewritten) return;
			this.error(
				"SvelteKit's router (client.js) was not rewritten: its Svelte import changed shape. " +
					'Update scripts/vite/kit-svelte-imports.js, or delete it if SvelteKit now imports Svelte by name.'
			);
		},
		transform(code, id) {
			if (!FILE.test(id)) return;
			const ast = /** @type {any} */ (parseAst(code));
			const declaration = ast.body.find(
				(/** @type {any} */ n) =>
					n.type === 'ImportDeclaration' &&
					n.source.value === 'svelte' &&
					n.specifiers.length === 1 &&
					n.specifiers[0].type === 'ImportNamespaceSpecifier'
			);
			const names = declaration && namesReadFrom(ast, declaration.specifiers[0].local.name);
			if (!declaration || !names?.size) return;
			exported ??= svelteBrowserExports();
			const ns = declaration.specifiers[0].local.name;
			const list = [...names].filter((n) => exported?.has(n));
			rewritten = true;
			const replacement =
				`import { ${list.map((n) => `${n} as ${ns}$${n}`).join(', ')} } from 'svelte';` +
				`const ${ns} = { ${list.map((n) => `${n}: ${ns}$${n}`).join(', ')} };`;
			return {
				code: code.slice(0, declaration.start) + replacement + code.slice(declaration.end),
				map: null
			};
		}
	};
}
