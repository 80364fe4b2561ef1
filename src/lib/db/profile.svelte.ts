import type { ProfileRow } from './db';
import { storageHealth } from './health.svelte';
import { LEARNER_CHANNEL } from './name';
import { hasStoredData } from './presence';
import { storageFailureKind } from './storage-error';

/** The learner using the app now, loaded after first paint. */
export class CurrentProfile {
	#profile = $state<ProfileRow | null>(null);
	#unavailable = $state(false);
	#none = $state(false);
	#loading: Promise<void> | null = null;
	readonly #active: () => Promise<ProfileRow>;

	/** `active` reads (or creates) the active learner: the database's, or a stand-in in tests. */
	constructor(active = async () => (await import('./profiles')).activeProfile()) {
		this.#active = active;
	}

	get profile(): ProfileRow | null {
		return this.#profile;
	}

	get id(): string | null {
		return this.#profile?.id ?? null;
	}

	/** IndexedDB cannot be used: the app runs, but nothing is kept. */
	get unavailable(): boolean {
		return this.#unavailable;
	}

	/** It is known that this browser holds no learner yet (a first visit). */
	get none(): boolean {
		return this.#none;
	}

	/**
	 * Reads the active learner when this browser holds the app's data. A first visit has
	 * none: nothing is loaded or created, and the next call looks again (after the first
	 * answer or lesson has created the learner).
	 */
	load(): Promise<void> {
		this.#loading ??= hasStoredData().then((stored) => {
			if (stored) return this.reload();
			this.#none = true;
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
	 * this browser holds no learner (there is nothing to read), null until that is known. A
	 * page that reads first starts the look-up (on a first visit, the layout does not).
	 */
	read<Q>(query: (id: string) => Q): Q | false | null {
		if (this.#profile) return query(this.#profile.id);
		if (this.#none) return false;
		void this.load();
		return null;
	}

	/** The active learner, created if this is the first thing the browser keeps. */
	async ensure(): Promise<void> {
		await this.load();
		if (this.#profile) return;
		await this.reload();
		this.#loading = Promise.resolve();
	}

	/** Reads the active learner again, after a switch, a rename or a delete. */
	async reload(): Promise<void> {
		try {
			this.#profile = await this.#active();
			this.#none = false;
			this.#unavailable = false;
		} catch (error) {
			this.#unavailable = true;
			storageHealth.fail(storageFailureKind(error));
		}
	}
}

export const currentProfile = new CurrentProfile();
