import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { kitSvelteImports, namesReadFrom, svelteBrowserExports } from './kit-svelte-imports.js';
import { buildWith } from './plugin-build';

const names = (code: string) => {
	const found = namesReadFrom(parseAst(code), 'svelte');
	return found && [...found].sort();
};

describe('namesReadFrom', () => {
	it('collects member reads and destructured names', () => {
		const code = `import * as svelte from 'svelte';
			const { onMount, tick } = svelte;
			const u = svelte.untrack ?? ((v) => v());
			svelte.settled?.();
			const link = { svelte: 'https://svelte.dev' };`;
		expect(names(code)).toEqual(['onMount', 'settled', 'tick', 'untrack']);
	});

	it('gives up when the namespace escapes or is read with a computed key', () => {
		expect(names(`import * as svelte from 'svelte'; use(svelte);`)).toBeNull();
		expect(names(`import * as svelte from 'svelte'; svelte[name]();`)).toBeNull();
	});
});

describe('kitSvelteImports', () => {
	const build = (files: [code: string, file?: string][], environment?: string) =>
		buildWith(kitSvelteImports(), files, environment);

	it("rewrites the router's namespace import into named imports", () => {
		const { out, errors } = build([[`import * as svelte from 'svelte';\nawait svelte.tick();`]]);
		expect(out[0]).toContain(`import { tick as svelte$tick } from 'svelte';`);
		expect(out[0]).not.toContain('import * as');
		expect(errors).toEqual([]);
	});

	it('imports only what Svelte exports: a name it lacks reads as undefined, as before', () => {
		const { out } = build([
			[`import * as svelte from 'svelte';\nsvelte.tick(); svelte.notInSvelte?.();`]
		]);
		expect(out[0]).toContain('svelte$tick');
		expect(out[0]).not.toContain('notInSvelte as');
	});

	it('fails the browser build when the router changed shape, and leaves other files alone', () => {
		const changed = build([
			[`import { tick } from 'svelte';\ntick();`],
			[`import * as svelte from 'svelte';`, '/x/src/a.js']
		]);
		expect(changed.out).toEqual([undefined, undefined]);
		expect(changed.errors).toHaveLength(1);
		expect(build([], 'ssr').errors).toEqual([]);
	});

	it("rewrites the installed SvelteKit's router, with names Svelte exports", () => {
		const file = resolve('node_modules/@sveltejs/kit/src/runtime/client/client.js');
		const { out, errors } = build([[readFileSync(file, 'utf8'), file]]);
		expect(errors).toEqual([]);
		const imported = out[0]?.match(/import \{ ([^}]*) \} from 'svelte';/)?.[1] ?? '';
		const names = imported.split(',').map((n) => n.trim().split(' as ')[0]);
		expect(names).toContain('tick');
		const exported = svelteBrowserExports();
		for (const n of names) expect(exported.has(n ?? ''), n).toBe(true);
		expect(out[0]).not.toMatch(/import \* as \w+ from 'svelte'/);
	});
});
