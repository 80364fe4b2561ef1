import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ChipwiseDB } from './db';
import { freshDbEachTest } from '$lib/test/db';
import { markLessonRead } from './lessons';
import { lessonsReadBy } from './reads';
import { activeProfile } from './profiles';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh));

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
		const rows = await lessonsReadBy(id)(db);
		expect(rows).toEqual([
			{ profileId: id, lessonId: 'the-ban.l1', moduleId: 'the-ban', completedAt: 1000 }
		]);
	});

	it("keeps each profile's lessons apart", async () => {
		await markLessonRead('a', { lessonId: 'x.l1', moduleId: 'x' }, db);
		expect(await lessonsReadBy('b')(db)).toEqual([]);
	});
});
