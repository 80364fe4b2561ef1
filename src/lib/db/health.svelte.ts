// Type only: the shell loads this file on first paint, the policy loads with the database.
import type { StorageFailureKind } from './storage-error';

/**
 * What the learner must know about storage, shown by the shell: whether progress is being
 * kept, and whether another tab stands in the way of a database upgrade.
 */
export class StorageHealth {
	#unavailable = $state(false);
	#failure = $state<StorageFailureKind | null>(null);
	#outdated = $state(false);
	#blocked = $state(false);

	/** IndexedDB refused (private mode, blocked by the user) or full: the app runs from memory. */
	get unavailable(): boolean {
		return this.#unavailable;
	}
	/** Why it is unavailable, when known: a full device is told apart from a refusal. */
	get failure(): StorageFailureKind | null {
		return this.#failure;
	}
	/** This tab holds an upgrade back: another tab opened a newer version of the app. */
	get outdated(): boolean {
		return this.#outdated;
	}
	/** This tab waits for an older tab to close before its database can upgrade. */
	get blocked(): boolean {
		return this.#blocked;
	}

	/** Records that storage cannot be used, and why. */
	fail(kind: StorageFailureKind): void {
		this.#unavailable = true;
		this.#failure = kind;
	}
	/** Another tab opened a newer version: this one closed its database and should reload. */
	markOutdated(): void {
		this.#outdated = true;
	}
	/** Whether this tab's upgrade waits for an older tab to close. */
	setBlocked(blocked: boolean): void {
		this.#blocked = blocked;
	}
}

export const storageHealth = new StorageHealth();
