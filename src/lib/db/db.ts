import Dexie, { type EntityTable } from 'dexie';

/** A learner-wide preference, keyed by name (theme, desired retention…). */
export interface SettingRow {
	key: string;
	value: unknown;
}

export const DB_NAME = 'chipwise';

/**
 * The whole on-device database. Each schema change is a new `version(n)` with its
 * upgrade, tested against data written by the version before it.
 */
export class ChipwiseDB extends Dexie {
	settings!: EntityTable<SettingRow, 'key'>;

	constructor(name = DB_NAME) {
		super(name);
		this.version(1).stores({ settings: 'key' });
	}
}

let instance: ChipwiseDB | undefined;

/** The app's single database, created on first use and only in a browser. */
export function getDb(): ChipwiseDB {
	if (typeof indexedDB === 'undefined') {
		throw new Error('IndexedDB is not available here (prerender or an old browser).');
	}
	instance ??= new ChipwiseDB();
	return instance;
}
