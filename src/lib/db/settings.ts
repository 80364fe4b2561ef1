import { getDb, type ChipwiseDB } from './db';

export async function readSetting<T>(
	key: string,
	fallback: T,
	db: ChipwiseDB = getDb()
): Promise<T> {
	const row = await db.settings.get(key);
	return row === undefined ? fallback : (row.value as T);
}

export async function writeSetting(
	key: string,
	value: unknown,
	db: ChipwiseDB = getDb()
): Promise<void> {
	await db.settings.put({ key, value });
}
