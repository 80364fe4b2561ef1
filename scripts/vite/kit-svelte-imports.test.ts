import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { kitSvelteImports, namesReadFrom } from './kit-svelte-imports.js';

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
	const id = '/x/node_modules/@sveltejs/kit/src/runtime/client/client.js';
	const run = (code: string, file = id) => {
		const warnings: string[] = [];
		const plugin = kitSvelteImports() as { transform: (...a: unknown[]) => unknown };
		const out = plugin.transform.call({ warn: (m: string) => warnings.push(m) }, code, file) as
			{ code: string } | undefined;
		return { out: out?.code, warnings };
	};

	it("rewrites the router's namespace import into named imports", () => {
		const { out } = run(`import * as svelte from 'svelte';\nawait svelte.tick();`);
		expect(out).toContain(`import { tick as svelte$tick } from 'svelte';`);
		expect(out).not.toContain('import * as');
	});

	it('leaves other files alone, and warns when the router changed shape', () => {
		expect(run(`import * as svelte from 'svelte';`, '/x/src/a.js').out).toBeUndefined();
		const changed = run(`import { tick } from 'svelte';\ntick();`);
		expect(changed.out).toBeUndefined();
		expect(changed.warnings).toHaveLength(1);
	});
});
