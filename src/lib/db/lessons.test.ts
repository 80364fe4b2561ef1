import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChipwiseDB } from './db';
import { lessonsRead, markLessonRead } from './lessons';
import { activeProfile } from './profiles';

let db: ChipwiseDB;
beforeEach(() => {
	db = new ChipwiseDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
	db.close();
	await db.delete();
});

describe('lesson progress', () => {
	it('creates one profile on first use and keeps returning it', async () => {
		const first = await activeProfile(db);
		const again = await activeProfile(db);
		expect(again.id).toBe(first.id);
		expect(await db.profiles.count()).toBe(1);
	});

	it('records a lesson once, keeping the first completion time', async () => {
		const { id } = await activeProfile(db);
		await markLessonRead(id, { lessonId: 'the-ban.l1', moduleId: 'the-ban' }, db, 1000);
		await markLessonRead(id, { lessonId: 'the-ban.l1', moduleId: 'the-ban' }, db, 2000);
		const rows = await lessonsRead(id, db);
		expect(rows).toEqual([
			{ profileId: id, lessonId: 'the-ban.l1', moduleId: 'the-ban', completedAt: 1000 }
		]);
	});

	it("keeps each profile's lessons apart", async () => {
		await markLessonRead('a', { lessonId: 'x.l1', moduleId: 'x' }, db);
		expect(await lessonsRead('b', db)).toEqual([]);
	});
});

describe('schema upgrade from version 1 to the current version', () => {
	it('keeps the settings written by version 1', async () => {
		const name = `upgrade-${crypto.randomUUID()}`;
		const { default: Dexie } = await import('dexie');
		const v1 = new Dexie(name);
		v1.version(1).stores({ settings: 'key' });
		await v1.table('settings').put({ key: 'theme', value: 'dark' });
		v1.close();

		const v2 = new ChipwiseDB(name);
		await v2.open();
		expect(v2.verno).toBe(4);
		expect(await v2.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
		await v2.profiles.add({ id: 'p', name: 'Ana', createdAt: 1 });
		expect(await v2.profiles.count()).toBe(1);
		v2.close();
		await v2.delete();
	});
});
