import type { ProfileRow } from './db';

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
		this.#loading ??= import('./profiles')
			.then(({ activeProfile }) => activeProfile())
			.then((p) => {
				this.profile = p;
			})
			.catch(() => {
				this.unavailable = true;
			});
		return this.#loading;
	}
}

export const currentProfile = new CurrentProfile();
