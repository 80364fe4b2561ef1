// For the tests of the build steps that rewrite SvelteKit's router: one build through a
// plugin's `transform` and `buildEnd`, with the context Vite gives them.
import type { Plugin } from 'vite';

/** SvelteKit's router, where the build steps look for it. */
export const ROUTER = '/x/node_modules/@sveltejs/kit/src/runtime/client/client.js';

type Hooks = {
	transform: (this: unknown, code: string, id: string) => { code: string } | undefined;
	buildEnd: (this: unknown, error?: Error) => void;
};

/**
 * One build: the files `plugin` transforms (the router when no file is named), then its end in
 * the given environment. Returns what each file became (undefined: left alone) and the errors
 * the build stopped with.
 */
export function buildWith(
	plugin: Plugin,
	files: [code: string, file?: string][],
	environment = 'client'
) {
	const hooks = plugin as unknown as Hooks;
	const errors: string[] = [];
	const context = {
		environment: { name: environment },
		error: (m: string) => {
			errors.push(m);
			throw new Error(m);
		}
	};
	const out = files.map(([code, file = ROUTER]) => hooks.transform.call(context, code, file)?.code);
	try {
		hooks.buildEnd.call(context);
	} catch {
		// Recorded in errors.
	}
	return { out, errors };
}
