// Which files a dynamic import asks the browser for ahead of time (Vite's
// `build.modulePreload.resolveDependencies`). Vite's helper adds a `<link rel="modulepreload">`
// for each module the imported one needs, all in the task that imports. Each link starts a
// request that the browser's other processes handle at that moment, on the same cores as the
// page, so a lazily loaded part that needs 10–30 modules stretched the task that asked for it
// (a page with data makes several such imports while it loads). Only a move to another page
// keeps them: SvelteKit's entry imports the page's code, and without the links it would come
// in as many round trips as its imports are deep (up to 5). A lazy part's modules are fetched
// as the browser finds them; its stylesheets are still asked for at once, since Vite's helper
// waits for them before the part is shown.

/** The app's entry, whose imports are SvelteKit's pages. */
const ENTRY = /(^|\/)entry\/app\.[^/]+\.js$/;

/**
 * @param {string} _file the imported chunk
 * @param {string[]} deps what it needs, as Vite lists them
 * @param {{ hostId: string }} context the chunk that imports it
 * @returns {string[]}
 */
export function preloadDependencies(_file, deps, { hostId }) {
	return ENTRY.test(hostId) ? deps : deps.filter((dep) => dep.endsWith('.css'));
}
