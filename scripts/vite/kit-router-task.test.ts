import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitRouterTask, onlyLinksThatPreloadCode, routerInItsOwnTask } from './kit-router-task.js';
import { buildWith } from './plugin-build';

const build = (files: [code: string, file?: string][], environment?: string) =>
	buildWith(kitRouterTask(), files, environment);

const start = `export async function start(app, target, hydrate) {
	await _hydrate(target, hydrate);

	_start_router();
}`;

const afterNavigate = `function after_navigate() {
		observer.disconnect();

		for (const a of container.querySelectorAll('a')) {
			const { url, external, download } = get_link_info(a, base, app.hash);
		}
	}`;
const router = `${start}\n${afterNavigate}`;

describe('routerInItsOwnTask', () => {
	it('gives the browser a turn after hydration, before the router starts', () => {
		const out = routerInItsOwnTask(start) ?? '';
		const turn = out.indexOf('scheduler?.yield');
		expect(turn).toBeGreaterThan(out.indexOf('await _hydrate'));
		expect(turn).toBeLessThan(out.indexOf('_start_router();'));
		expect(out).toContain('setTimeout(resolve, 0)');
	});

	it('leaves code alone when the router starts elsewhere or more than once', () => {
		expect(routerInItsOwnTask('function start() {\n\t_start_router(); more();\n}')).toBeNull();
		expect(routerInItsOwnTask(`${start}\n${start}`)).toBeNull();
	});

	it('runs the rewritten start to the end: hydration, a turn, then the router', async () => {
		const steps: string[] = [];
		const code = (routerInItsOwnTask(start) ?? '').replace('export ', '');
		const run = new Function(
			'_hydrate',
			'_start_router',
			'setTimeout',
			`${code}; return start;`
		) as (...a: unknown[]) => () => Promise<void>;
		const started = run(
			async () => steps.push('hydrate'),
			() => steps.push('router'),
			(fn: () => void) => {
				steps.push('turn');
				fn();
			}
		)();
		await started;
		// Node has no scheduler.yield: the turn is a timer.
		expect(steps).toEqual(['hydrate', 'turn', 'router']);
	});
});

describe('onlyLinksThatPreloadCode', () => {
	it('reads only the links that data-sveltekit-preload-code can apply to', () => {
		const out = onlyLinksThatPreloadCode(afterNavigate) ?? '';
		expect(out).not.toContain("querySelectorAll('a')");
		expect(out).toContain(
			'container.querySelectorAll("a[data-sveltekit-preload-code], :not(html)[data-sveltekit-preload-code] a")'
		);
		expect(out).toContain('get_link_info(a, base, app.hash)');
	});

	it('leaves code alone when the links are read elsewhere or more than once', () => {
		expect(onlyLinksThatPreloadCode('for (const a of document.links) {}')).toBeNull();
		expect(onlyLinksThatPreloadCode(`${afterNavigate}\n${afterNavigate}`)).toBeNull();
	});
});

describe('kitRouterTask', () => {
	it('fails the browser build when SvelteKit changed shape, and leaves other files alone', () => {
		const changed = build([[`function start() {}`], [router, '/x/src/a.js']]);
		expect(changed.out).toEqual([undefined, undefined]);
		expect(changed.errors).toHaveLength(1);
		// A start it can rewrite is not enough: the links must be read as expected too.
		expect(build([[start]]).errors).toHaveLength(1);
		expect(build([[router]]).errors).toEqual([]);
		expect(build([], 'ssr').errors).toEqual([]);
	});

	it("rewrites the installed SvelteKit's start", () => {
		const file = resolve('node_modules/@sveltejs/kit/src/runtime/client/client.js');
		const { out, errors } = build([[readFileSync(file, 'utf8'), file]]);
		expect(errors).toEqual([]);
		expect(out[0]).toMatch(/scheduler\?\.yield[^\n]*\n\t_start_router\(\);\n\}/);
		expect(out[0]).toContain('querySelectorAll("a[data-sveltekit-preload-code]');
		expect(out[0]).not.toContain("querySelectorAll('a')");
	});
});
