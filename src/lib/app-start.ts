// What the app does after the first paint, loaded then by the layout: the saved theme and the
// learner where this browser holds data, and the service worker once the page is idle.
import { currentProfile } from '$lib/db/profile.svelte';
import { swStatus } from '$lib/pwa/sw-status.svelte';
import { whenIdle } from '$lib/schedule';
import { loadSavedTheme } from '$lib/db/saved-theme';

/** Once per visit. `worker` is the service worker's address, or null where there is none (dev). */
export function start(worker: string | null): void {
	void loadSavedTheme();
	if (worker) void whenIdle().then(() => swStatus.register(worker));
}

/** On every page: a first answer or lesson may have created the learner meanwhile. */
export function onPage(): Promise<void> {
	return currentProfile.load();
}
