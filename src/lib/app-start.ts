// What the app does after the first paint, loaded then by the layout: the saved theme and the
// learner where this browser holds data, and the service worker once the page is idle.
import { currentProfile } from '$lib/db/profile.svelte';
import { swStatus } from '$lib/pwa/sw-status.svelte';
import { whenIdle } from '$lib/schedule';
import { loadSavedTheme } from '$lib/db/saved-theme';
import { focusMainHeading } from '$lib/components/page-focus';
import { linkManifest } from '$lib/pwa/manifest-link';

let pagesSeen = 0;

/**
 * How long the service worker waits after the page is first idle. A page with data reads it
 * and draws it in tasks with idle moments between them (the database answers in the
 * meantime), so the first idle moment often comes before that work is done; the worker's
 * install, about 1 MB fetched and stored, then ran beside it and stretched each of its tasks
 * on a 2-core machine (README, "Performance").
 */
const WORKER_DELAY_MS = 1500;

/**
 * The user-timing mark set as the app starts to make itself installable and ready offline (the
 * manifest, then the service worker and its precache): the benchmark counts a page's own
 * main-thread work up to it, and the install's after it (scripts/bench/main-thread.js).
 */
export const INSTALL_MARK = 'chipwise:offline-install';

/** Once the page has loaded and been idle, then idle again `WORKER_DELAY_MS` later. */
const whenSettled = () =>
	whenIdle()
		.then(() => new Promise((resolve) => setTimeout(resolve, WORKER_DELAY_MS)))
		.then(() => whenIdle());

/**
 * Once per visit. `worker` is the service worker's address, or null where there is none (dev);
 * `manifest` the web app manifest's, linked at the same moment (manifest-link.ts).
 */
export function start(worker: string | null, manifest: string): void {
	void loadSavedTheme();
	void whenSettled().then(() => {
		performance.mark?.(INSTALL_MARK);
		linkManifest(manifest);
		if (worker) return swStatus.register(worker);
	});
}

/**
 * On every page: a first answer or lesson may have created the learner meanwhile. After a
 * move from another page (not on the first), focus goes to the new page's heading.
 */
export function onPage(): Promise<void> {
	if (pagesSeen++ > 0) focusMainHeading();
	return currentProfile.load();
}
