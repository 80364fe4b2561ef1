import { liveQuery } from 'dexie';
import { getDb, type ChipwiseDB } from './db';

/** Runs a query now and again whenever the data it read changes, in this tab or another. */
export function observe<T>(
	query: (db: ChipwiseDB) => Promise<T>,
	next: (value: T) => void,
	fail: (error: unknown) => void
): () => void {
	const subscription = liveQuery(() => query(getDb())).subscribe({ next, error: fail });
	return () => subscription.unsubscribe();
}
