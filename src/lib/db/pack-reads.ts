// Reading the packs kept on this device, without the code that checks a pack file (the session
// player reads them; only adding a pack needs the schema).
import { getDb, type ChipwiseDB, type PackRow } from './db';

/** The packs on this device, oldest first. */
export function storedPacks(db: ChipwiseDB = getDb()): Promise<PackRow[]> {
	return db.packs.orderBy('addedAt').toArray();
}

/** One stored pack, or undefined. */
export function storedPack(id: string, db: ChipwiseDB = getDb()): Promise<PackRow | undefined> {
	return db.packs.get(id);
}
