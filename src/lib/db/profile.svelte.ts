import type { ProfileRow } from './db';
import { storageHealth } from './health.svelte';
import { LEARNER_CHANNEL } from './name';
import { hasStoredData } from './presence';
import { storageFailureKind } from './storage-error';

/** The learner using the app now, loaded after first paint. */
class CurrentProfile {
	profile = $state<ProfileRow | null>(null);
	/** Set when IndexedDB cannot be used: the app runs, but nothing is kept. */
	unavailable = $state(false);
	/** Set once it is known that this browser holds no learner yet (a first visit). */
	none = $state(false);
	#loading: Promise<void> | null = null;

	get id(): string | null {
		return this.profile?.id ?? null;
	}

	/**
	 * Reads the active learner when this browser holds the app's data. A first visit has
	 * none: nothing is loaded or created, and the next call looks again (after the first
	 * answer or lesson has created the learner).
	 */
	load(): Promise<void> {
		this.#loading ??= hasStoredData().then((stored) => {
			if (stored) return this.reload();
			this.none = true;
			this.#loading = null;
			this.#listen();
		});
		return this.#loading;
	}

	#channel: BroadcastChannel | null = null;
	/** While nothing is stored here, another tab's first learner is shown here too. */
	#listen(): void {
		if (this.#channel || typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(LEARNER_CHANNEL);
		this.#channel.onmessage = () => {
			this.#channel?.close();
			this.#channel = null;
			void this.load();
		};
	}

	/**
	 * What a page reads for this learner: `query(id)` once the learner is loaded, `false` when
	 * this browser holds no learner (there is nothing to read), null until that is known.
	 */
	read<Q>(query: (id: string) => Q): Q | false | null {
		if (this.profile) return query(this.profile.id);
		return this.none ? false : null;
	}

	/** The active learner, created if this is the first thing the browser keeps. */
	async ensure(): Promise<void> {
		await this.load();
		if (this.profile) return;
		await this.reload();
		this.#loading = Promise.resolve();
	}

	/** Reads the active learner again, after a switch, a rename or a delete. */
	async reload(): Promise<void> {
		try {
			const { activeProfile } = await import('./profiles');
			this.profile = await activeProfile();
			this.none = false;
			this.unavailable = false;
		} catch (error) {
			this.unavailable = true;
			storageHealth.fail(storageFailureKind(error));
		}
	}
}

export const currentProfile = new CurrentProfile();
