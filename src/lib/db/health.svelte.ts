/**
 * What the learner must know about storage, shown by the shell: whether progress is being
 * kept, and whether another tab stands in the way of a database upgrade.
 */
class StorageHealth {
	/** IndexedDB refused (private mode, blocked by the user): the app runs from memory. */
	unavailable = $state(false);
	/** This tab holds an upgrade back: another tab opened a newer version of the app. */
	outdated = $state(false);
	/** This tab waits for an older tab to close before its database can upgrade. */
	blocked = $state(false);
}

export const storageHealth = new StorageHealth();
