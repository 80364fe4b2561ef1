// What the app does after the first paint, loaded then by the layout: the saved theme and the
// learner where this browser holds data, and the service worker once the page is idle.
import { currentProfile } from '$lib/db/profile.svelte';
import { swStatus } from '$lib/pwa/sw-status.svelte';
import { whenIdle } from '$lib/schedule';
import { loadSavedTheme } from '$lib/db/saved-theme';
import { focusMainHeading } from '$lib/components/page-focus';

let pagesSeen = 0;

/** Once per visit. `worker` is the service worker's address, or null where there is none (dev). */
export function start(worker: string | null): void {
	void loadSavedTheme();
	if (worker) void whenIdle().then(() => swStatus.register(worker));
}

/**
 * On every page: a first answer or lesson may have created the learner meanwhile. After a
 * move from another page (not on the first), focus goes to the new page's heading.
 */
export function onPage(): Promise<void> {
	if (pagesSeen++ > 0) focusMainHeading();
	return currentProfile.load();
}
