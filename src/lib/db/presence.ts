// Whether this browser holds any of the learner's data, asked without loading the database
// code: a first visit has nothing stored, and need not pay for Dexie to find that out.
import { localStore } from '$lib/local-store';
import { DB_NAME, STORED_EVENT, STORED_HINT } from './name';

/**
 * False only when the browser says for sure that the app's database does not exist; true
 * when it exists or when the browser cannot tell (`indexedDB.databases()` is missing or
 * refused), so that those browsers open the database as before and report what goes wrong.
 */
export async function hasStoredData(factory: IDBFactory | undefined = globalThis.indexedDB) {
	if (typeof factory?.databases !== 'function') return true;
	try {
		const found = (await factory.databases()).some((d) => d.name === DB_NAME);
		if (found) markStored();
		return found;
	} catch {
		return true;
	}
}

const storedListeners = new Set<() => void>();

/** Calls `listener` each time the database is opened or found here; returns how to stop. */
export function onStored(listener: () => void): () => void {
	storedListeners.add(listener);
	return () => storedListeners.delete(listener);
}

/** Records the hint, and tells who waits: called whenever the database is opened or found. */
export function markStored(storage: Pick<Storage, 'setItem'> | undefined = localStore()): void {
	try {
		storage?.setItem(STORED_HINT, '1');
	} catch {
		// Storage refused: the page then checks the database itself, a little later.
	}
	for (const listener of storedListeners) listener();
	globalThis.dispatchEvent?.(new Event(STORED_EVENT));
}
