// What the app does after the first paint, loaded then by the layout: the saved theme and the
// learner where this browser holds data, and the service worker once the page has settled.
import { currentProfile } from '$lib/db/profile.svelte';
import { swStatus } from '$lib/pwa/sw-status.svelte';
import { loadSavedTheme } from '$lib/db/saved-theme';
import { focusMainHeading } from '$lib/components/page-focus';
import { linkManifest } from '$lib/pwa/manifest-link';
import { pageSettled } from '$lib/schedule';

/**
 * Once per visit: the saved theme and the learner, then the manifest and the service worker.
 * `worker` is the service worker's address, or null where there is none (dev);
 * `manifest` the web app manifest's, linked at the same moment (manifest-link.ts), once the
 * page has settled.
 */
export function start(worker: string | null, manifest: string): void {
	void loadSavedTheme();
	void currentProfile.load();
	void pageSettled().then(() => {
		linkManifest(manifest);
		if (worker) return swStatus.register(worker);
	});
}

/**
 * On every page: a first answer or lesson may have created the learner meanwhile. After a
 * move from another page (`moved`), focus goes to the new page's heading.
 */
export function onPage(moved: boolean): Promise<void> {
	if (moved) focusMainHeading();
	return currentProfile.load();
}
