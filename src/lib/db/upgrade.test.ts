import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ChipwiseDB } from './db';

// The stores of each past version, as they shipped: a database written by one of them must
// open in the current version with nothing lost.
const V3 = {
	settings: 'key',
	profiles: 'id, createdAt',
	lessonProgress: '[profileId+lessonId], profileId, [profileId+moduleId]',
	attempts: 'id, profileId, [profileId+setId], updatedAt',
	responses: 'id, attemptId, profileId, [profileId+questionId], answeredAt'
};

describe('upgrade from version 3', () => {
	it('keeps every row and builds review cards from the answers already given', async () => {
		const name = `v3-${crypto.randomUUID()}`;
		const old = new Dexie(name);
		old.version(1).stores({ settings: 'key' });
		old.version(2).stores({ profiles: V3.profiles, lessonProgress: V3.lessonProgress });
		old.version(3).stores({ attempts: V3.attempts, responses: V3.responses });
		await old.table('profiles').add({ id: 'p', name: 'Ana', createdAt: 1 });
		await old
			.table('lessonProgress')
			.add({ profileId: 'p', lessonId: 'the-ban.l1', moduleId: 'the-ban', completedAt: 2 });
		await old
			.table('attempts')
			.add({ id: 'a', profileId: 'p', setId: 's', finishedAt: null, updatedAt: 3 });
		const answer = (q: string, credit: number, at: number) => ({
			id: `a:${q}:0`,
			attemptId: 'a',
			profileId: 'p',
			questionId: q,
			round: 0,
			answer: { type: 'truefalse', value: true },
			credit,
			correct: credit === 1,
			hintUsed: false,
			timeMs: 4000,
			answeredAt: at
		});
		await old.table('responses').bulkAdd([answer('q1', 1, 1_000_000), answer('q2', 0, 1_000_000)]);
		old.close();

		const db = new ChipwiseDB(name);
		await db.open();
		expect(db.verno).toBe(7);
		expect(await db.profiles.count()).toBe(1);
		expect(await db.lessonProgress.count()).toBe(1);
		expect(await db.attempts.count()).toBe(1);
		expect(await db.responses.count()).toBe(2);
		const right = await db.cards.get(['p', 'q1']);
		const wrong = await db.cards.get(['p', 'q2']);
		expect(right && wrong && right.due > wrong.due).toBe(true);
		db.close();
		await db.delete();
	});
});
