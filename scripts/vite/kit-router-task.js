// SvelteKit hydrates the first page and then starts its router in the same task. Starting the
// router reads every link on the page (six `data-sveltekit-*` attributes on each of its
// ancestors, and its address), so on a page of many links it adds a fifth to hydration's task,
// the longest a first visit has (4× profiles: 10–18 ms of 60–80). This build step gives the
// browser a turn between the two, as the app does between its own steps (src/lib/schedule.ts):
// a tap that comes in between is answered sooner, and a click on a link in that moment still
// opens its page, as before hydration.
//
// Then, once the router runs, and again after every move, SvelteKit reads every link on the
// page to find those whose code it should load as they scroll into view or at once
// (`data-sveltekit-preload-code="viewport"` or `"eager"`, on the link or an element around it):
// on Learn's 19 links, about 3 ms of CPU on this machine in 4× profiles, for nothing where no
// element sets it. This step asks the page for only the links such an element could apply to;
// for every other link, SvelteKit's reading ends with "off", and it does nothing with it. When
// SvelteKit's start or that reading no longer has this shape, the build fails and says so:
// update this step, or delete it.

const FILE = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
/** The end of SvelteKit's `start()`, after it has hydrated the page. */
const START_ROUTER = '\n\t_start_router();\n}';
const YIELD =
	'\n\tawait (globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0)));';

/** SvelteKit's reading of every link after a move (`setup_preload`'s `after_navigate`). */
const EVERY_LINK = "\n\t\tfor (const a of container.querySelectorAll('a')) {";
/**
 * The links that `data-sveltekit-preload-code` can apply to: SvelteKit reads it on the link and
 * on each element around it up to `<html>`, which it leaves out.
 */
export const PRELOAD_CODE_LINKS =
	'a[data-sveltekit-preload-code], :not(html)[data-sveltekit-preload-code] a';

/**
 * @param {string} code SvelteKit's client.js
 * @returns {string | null} the code reading only the links `data-sveltekit-preload-code` can
 *   apply to after a move; null when it does not read every link exactly once
 */
export function onlyLinksThatPreloadCode(code) {
	const at = code.indexOf(EVERY_LINK);
	if (at < 0 || code.indexOf(EVERY_LINK, at + 1) >= 0) return null;
	const selector = `container.querySelectorAll(${JSON.stringify(PRELOAD_CODE_LINKS)})`;
	return (
		code.slice(0, at) +
		EVERY_LINK.replace("container.querySelectorAll('a')", selector) +
		code.slice(at + EVERY_LINK.length)
	);
}

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
				"SvelteKit's router (client.js) was not given its own task, or still reads every " +
					'link after a move: its start() or setup_preload() changed shape. ' +
					'Update scripts/vite/kit-router-task.js, or delete it.'
			);
		},
		transform(code, id) {
			if (!FILE.test(id)) return;
			const own = routerInItsOwnTask(code);
			const out = own === null ? null : onlyLinksThatPreloadCode(own);
			if (out === null) return;
			rewritten = true;
			return { code: out, map: null };
		}
	};
}
