import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttempt, type Response } from '$lib/quiz/attempt';
import { recordResponse, saveAttempt } from './attempts';
import { exportBackup, importBackup, profileData } from './backup';
import { ChipwiseDB } from './db';
import { markLessonRead } from './lessons';
import { createProfile } from './profiles';

const dbs: ChipwiseDB[] = [];
const fresh = () => {
	const db = new ChipwiseDB(`backup-${crypto.randomUUID()}`);
	dbs.push(db);
	return db;
};
afterEach(async () => {
	for (const db of dbs.splice(0)) {
		db.close();
		await db.delete();
	}
});

async function learnerWithProgress(db: ChipwiseDB) {
	const profile = await createProfile('Zoë', db, 1);
	await markLessonRead(profile.id, { lessonId: 'the-ban.l1', moduleId: 'the-ban' }, db, 5);
	const attempt = createAttempt({
		id: 'att-1',
		profileId: profile.id,
		setId: 'the-ban.basics',
		title: 'Basics',
		mode: 'practice',
		seed: 1,
		questionIds: ['the-ban.q01', 'the-ban.q02'],
		shuffle: false,
		moduleId: 'the-ban',
		now: 10
	});
	await saveAttempt(attempt, db);
	const response: Response = {
		id: 'att-1:the-ban.q01:0',
		attemptId: 'att-1',
		profileId: profile.id,
		questionId: 'the-ban.q01',
		round: 0,
		answer: { type: 'single', choice: 'Micron' },
		credit: 1,
		correct: true,
		hintUsed: false,
		timeMs: 3000,
		answeredAt: 20
	};
	await recordResponse(response, db);
	return profile;
}

let source: ChipwiseDB;
beforeEach(() => {
	source = fresh();
});

describe('backup and restore', () => {
	it('moves a learner with everything they did to another device', async () => {
		const profile = await learnerWithProgress(source);
		const file = await exportBackup(profile.id, source, Date.UTC(2026, 10, 25));
		expect(file.name).toBe('chipwise-backup-Zoë-2026-11-25.json');

		const target = fresh();
		const result = await importBackup(file.text, target);
		expect(result).toMatchObject({
			ok: true,
			profile: { name: 'Zoë' },
			added: { answers: 1, attempts: 1, lessons: 1 }
		});
		expect(await profileData(profile.id, target)).toEqual(await profileData(profile.id, source));
	});

	it('adds nothing twice when the same backup is imported again', async () => {
		const profile = await learnerWithProgress(source);
		const { text } = await exportBackup(profile.id, source);
		const target = fresh();
		await importBackup(text, target);
		const again = await importBackup(text, target);
		expect(again).toMatchObject({ ok: true, added: { answers: 0, attempts: 0, lessons: 0 } });
		expect(await target.responses.count()).toBe(1);
	});

	it('changes nothing and says why when the file is damaged', async () => {
		const profile = await learnerWithProgress(source);
		const { text } = await exportBackup(profile.id, source);
		const target = fresh();
		await createProfile('Someone else', target);
		const before = await target.profiles.toArray();

		const truncated = await importBackup(text.slice(0, text.length - 40), target);
		expect(truncated).toMatchObject({ ok: false, error: { kind: 'not-json' } });
		const foreign = await importBackup(JSON.stringify({ format: 'other-app', version: 1 }), target);
		expect(foreign).toMatchObject({
			ok: false,
			error: { message: expect.stringMatching(/not a Chipwise backup/) }
		});
		const newer = await importBackup(text.replace('"version":1', '"version":99'), target);
		expect(newer).toMatchObject({ ok: false, error: { kind: 'newer-version' } });

		expect(await target.profiles.toArray()).toEqual(before);
		expect(await target.responses.count()).toBe(0);
	});
});
