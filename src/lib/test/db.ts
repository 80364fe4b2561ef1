// A fresh database for each test of a file, closed and deleted after it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { ChipwiseDB } from '$lib/db/db';

/** Call at the top of a test file: `let db: ChipwiseDB; freshDbEachTest((d) => (db = d));`. */
export function freshDbEachTest(use: (db: ChipwiseDB) => void, prefix = 'test'): void {
	let db: ChipwiseDB | undefined;
	beforeEach(() => {
		db = new ChipwiseDB(`${prefix}-${crypto.randomUUID()}`);
		use(db);
	});
	afterEach(async () => {
		db?.close();
		await db?.delete();
	});
}
