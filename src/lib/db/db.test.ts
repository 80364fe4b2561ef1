import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ChipwiseDB } from './db';
import { clampRetention, DEFAULT_RETENTION } from '$lib/progress/retention';
import { themeOf } from '$lib/settings/theme';
import { readSetting, writeSetting } from './settings';

let db: ChipwiseDB;
afterEach(async () => {
	db.close();
	await db.delete();
});

describe('the device database', () => {
	it('opens at the current schema version', async () => {
		db = new ChipwiseDB('test-open');
		await db.open();
		expect(db.verno).toBe(7);
		expect(db.tables.map((t) => t.name)).toContain('settings');
	});

	it('writes a setting and reads it back after reopening', async () => {
		db = new ChipwiseDB('test-settings');
		await writeSetting('theme', 'dark', db);
		db.close();
		await db.open();
		expect(await readSetting('theme', themeOf, db)).toBe('dark');
	});

	it('falls back when a setting was never written, or holds what it cannot mean', async () => {
		db = new ChipwiseDB('test-fallback');
		expect(await readSetting('theme', themeOf, db)).toBe('system');
		await writeSetting('theme', { injected: true }, db);
		expect(await readSetting('theme', themeOf, db)).toBe('system');
		await writeSetting('retention.p', '0.8', db);
		expect(await readSetting('retention.p', clampRetention, db)).toBe(DEFAULT_RETENTION);
	});
});
