// Type only: the shell loads this file on first paint, the policy loads with the database.
import type { StorageFailureKind } from './storage-error';

/**
 * What the learner must know about storage, shown by the shell: whether progress is being
 * kept, and whether another tab stands in the way of a database upgrade.
 */
class StorageHealth {
	/** IndexedDB refused (private mode, blocked by the user) or full: the app runs from memory. */
	unavailable = $state(false);
	/** Why it is unavailable, when known: a full device is told apart from a refusal. */
	failure = $state<StorageFailureKind | null>(null);
	/** This tab holds an upgrade back: another tab opened a newer version of the app. */
	outdated = $state(false);
	/** This tab waits for an older tab to close before its database can upgrade. */
	blocked = $state(false);

	/** Records that storage cannot be used, and why. */
	fail(kind: StorageFailureKind): void {
		this.unavailable = true;
		this.failure = kind;
	}
}

export const storageHealth = new StorageHealth();
