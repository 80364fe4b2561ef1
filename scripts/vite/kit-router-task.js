// SvelteKit hydrates the first page and then starts its router in the same task. Starting the
// router reads every link on the page (six `data-sveltekit-*` attributes on each of its
// ancestors, and its address), so on a page of many links it adds a fifth to hydration's task,
// the longest a first visit has (4× profiles: 10–18 ms of 60–80). This build step gives the
// browser a turn between the two, as the app does between its own steps (src/lib/schedule.ts):
// a tap that comes in between is answered sooner, and a click on a link in that moment still
// opens its page, as before hydration. When SvelteKit's start no longer ends this way, the
// build fails and says so: update this step, or delete it.

const FILE = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
/** The end of SvelteKit's `start()`, after it has hydrated the page. */
const START_ROUTER = '\n\t_start_router();\n}';
const YIELD =
	'\n\tawait (globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0)));';

/**
 * @param {string} code SvelteKit's client.js
 * @returns {string | null} the code with a turn for the browser before the router starts; null
 *   when its start does not end with `_start_router()` exactly once
 */
export function routerInItsOwnTask(code) {
	const at = code.indexOf(START_ROUTER);
	if (at < 0 || code.indexOf(START_ROUTER, at + 1) >= 0) return null;
	return code.slice(0, at) + YIELD + code.slice(at);
}

/** @returns {import('vite').Plugin} */
export function kitRouterTask() {
	let rewritten = false;
	return {
		name: 'chipwise:kit-router-task',
		buildEnd(error) {
			// Only the browser build loads the router; the server build never meets it.
			const client = this.environment?.name === 'client';
			if (error || !client || rewritten) return;
			this.error(
				"SvelteKit's router (client.js) was not given its own task: its start() changed shape. " +
					'Update scripts/vite/kit-router-task.js, or delete it.'
			);
		},
		transform(code, id) {
			if (!FILE.test(id)) return;
			const out = routerInItsOwnTask(code);
			if (out === null) return;
			rewritten = true;
			return { code: out, map: null };
		}
	};
}
