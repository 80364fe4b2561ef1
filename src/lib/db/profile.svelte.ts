import type { ProfileRow } from './db';
import { storageHealth } from './health.svelte';
import { storageFailureKind } from './storage-error';

/** The learner using the app now, loaded after first paint. */
class CurrentProfile {
	profile = $state<ProfileRow | null>(null);
	/** Set when IndexedDB cannot be used: the app runs, but nothing is kept. */
	unavailable = $state(false);
	#loading: Promise<void> | null = null;

	get id(): string | null {
		return this.profile?.id ?? null;
	}

	load(): Promise<void> {
		this.#loading ??= this.reload();
		return this.#loading;
	}

	/** Reads the active learner again, after a switch, a rename or a delete. */
	async reload(): Promise<void> {
		try {
			const { activeProfile } = await import('./profiles');
			this.profile = await activeProfile();
			this.unavailable = false;
		} catch (error) {
			this.unavailable = true;
			storageHealth.fail(storageFailureKind(error));
		}
	}
}

export const currentProfile = new CurrentProfile();
