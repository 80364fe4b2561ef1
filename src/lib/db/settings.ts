import { getDb, type ChipwiseDB } from './db';

/**
 * A stored setting, read through `parse`: what is stored may come from an older version or a
 * restored backup, so `parse` gets it unchecked (undefined when nothing is stored) and says
 * what it means, falling back where it must.
 */
export async function readSetting<T>(
	key: string,
	parse: (stored: unknown) => T,
	db: ChipwiseDB = getDb()
): Promise<T> {
	return parse((await db.settings.get(key))?.value);
}

export async function writeSetting(
	key: string,
	value: unknown,
	db: ChipwiseDB = getDb()
): Promise<void> {
	await db.settings.put({ key, value });
}
