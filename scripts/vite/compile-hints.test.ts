import { describe, expect, it } from 'vitest';
import type { hasCode } from './compile-hints.js';
import { compileHints, HINT, hintFirst } from './compile-hints.js';

const MAP_DEPS =
	'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./a.js"])))=>i.map(i=>d[i]);';

describe('hintFirst', () => {
	it('moves the hint back above the list Vite put first', () => {
		const code = `${MAP_DEPS}\n${HINT}\nimport"./b.js";\nexport const x = 1;`;
		expect(hintFirst(code)).toBe(`${HINT}\n${MAP_DEPS}\nimport"./b.js";\nexport const x = 1;`);
	});

	it('keeps the lines a source map counts: the same number, the code on the same lines', () => {
		const code = `${MAP_DEPS}\n${HINT}\nfunction f() {}\nf();`;
		const lines = hintFirst(code).split('\n');
		expect(lines).toHaveLength(4);
		expect(lines.slice(2)).toEqual(['function f() {}', 'f();']);
	});

	it('leaves a file alone that starts with the hint, or has none', () => {
		const first = `${HINT}\nexport const x = 1;`;
		expect(hintFirst(first)).toBe(first);
		const none = 'export { a } from "./a.js";';
		expect(hintFirst(none)).toBe(none);
		const later = `${MAP_DEPS}\nconst y = 2;\n${HINT}\n`;
		expect(hintFirst(later)).toBe(later);
	});
});

describe('compileHints', () => {
	type Chunk = { type: 'chunk'; code: string };
	const plugin = compileHints() as unknown as {
		outputOptions: (o: object) => { postBanner: (c: Parameters<typeof hasCode>[0]) => string };
		generateBundle: { order: string; handler: (o: unknown, b: Record<string, Chunk>) => void };
	};

	it('gives each chunk with code of its own the hint, and a file that only re-exports none', () => {
		const { postBanner } = plugin.outputOptions({});
		expect(postBanner({ modules: { a: { renderedLength: 10 }, b: { renderedLength: 0 } } })).toBe(
			HINT
		);
		expect(postBanner({ modules: { a: { renderedLength: 0 } } })).toBe('');
	});

	it('puts the hint first after every other step has changed the bundle', () => {
		expect(plugin.generateBundle.order).toBe('post');
		const bundle = { 'a.js': { type: 'chunk' as const, code: `${MAP_DEPS}\n${HINT}\nf();` } };
		plugin.generateBundle.handler({}, bundle);
		expect(bundle['a.js'].code.startsWith(`${HINT}\n`)).toBe(true);
	});
});
