import { localStore } from '$lib/local-store';

/** The on-device database's name: here so code can look for it without loading the database code. */
export const DB_NAME = 'chipwise';

/**
 * The `localStorage` key set once the database exists (see `storedHint`). The
 * start-up script of every page reads it before the first paint (scripts/build/paint-first.js).
 */
export const STORED_HINT = 'chipwise-stored';

/** Where a tab says it created the first learner, so tabs that found nothing stored look again. */
export const LEARNER_CHANNEL = 'chipwise-learner';

/**
 * The event the window gets when the database is first opened or found in this visit
 * (`markStored`): the layout, which loads the learner's notices and chip only once something
 * is stored, listens for it without loading the database code.
 */
export const STORED_EVENT = 'chipwise:stored';

/**
 * A hint that can be read before the page paints, when asking IndexedDB is too slow: whether
 * this browser has held the app's database. Only a hint (it is kept apart from the database,
 * and a browser may refuse it): what it says is checked with `hasStoredData` (presence.ts)
 * before anything depends on it for good.
 */
export function storedHint(storage: Pick<Storage, 'getItem'> | undefined = localStore()): boolean {
	try {
		return Boolean(storage?.getItem(STORED_HINT));
	} catch {
		return false;
	}
}
