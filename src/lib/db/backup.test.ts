import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttempt, type Response } from '$lib/quiz/attempt';
import { recordResponse, saveAttempt } from './attempts';
import { exportBackup, importBackup, profileData } from './backup';
import { ChipwiseDB } from './db';
import { markLessonRead } from './lessons';
import { createProfile } from './profiles';
import { retentionKey } from './reads';
import { createBackup, type BackupData } from '$lib/progress/backup';
import { attempt, backupData, response } from '$lib/progress/test-factories';

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

/** A learner's backup text with one attempt and `answers` responses, all under `profileId`. */
function backupOf(profileId: string, name: string, answers = 14, over: Partial<BackupData> = {}) {
	const own = <T extends { profileId: string }>(row: T): T => ({ ...row, profileId });
	return createBackup(
		backupData({
			profile: { id: profileId, name, createdAt: 1 },
			settings: [],
			lessonProgress: [],
			attempts: [own(attempt({ id: 'att-shared' }))],
			responses: Array.from({ length: answers }, (_, i) =>
				own(response({ id: `att-shared:q${i}:0`, attemptId: 'att-shared', questionId: `q${i}` }))
			),
			cards: [],
			...over
		}),
		{ appVersion: '1.0.0', exportedAt: 1 }
	);
}

const countBy = async (db: ChipwiseDB) => ({
	attempts: await db.attempts.where('profileId').equals('alice').count(),
	responses: await db.responses.where('profileId').equals('alice').count()
});

describe('a restore touches only its own learner', () => {
	it('refuses a backup whose sets or answers belong to another learner here', async () => {
		const target = fresh();
		expect(await importBackup(backupOf('alice', 'Alice'), target)).toMatchObject({ ok: true });
		expect(await countBy(target)).toEqual({ attempts: 1, responses: 14 });

		const mallory = await importBackup(backupOf('mallory', 'Mallory'), target);
		expect(mallory).toMatchObject({
			ok: false,
			error: { message: expect.stringMatching(/another learner on this device/) }
		});
		expect(await countBy(target)).toEqual({ attempts: 1, responses: 14 });
		expect(await target.profiles.get('mallory')).toBeUndefined();
		expect(await target.settings.get('activeProfile')).toEqual({
			key: 'activeProfile',
			value: 'alice'
		});
	});

	it('writes only the learner’s own review setting, never device-wide or other keys', async () => {
		const target = fresh();
		await target.settings.bulkPut([
			{ key: 'theme', value: 'light' },
			{ key: retentionKey('alice'), value: 0.9 }
		]);
		const text = backupOf('bob', 'Bob', 1, {
			settings: [
				{ key: 'theme', value: 'dark' },
				{ key: retentionKey('alice'), value: 0.7 },
				{ key: 'pp', value: 1 },
				{ key: 'activeProfile', value: 'alice' },
				{ key: retentionKey('bob'), value: 0.8 }
			]
		});
		expect(await importBackup(text, target)).toMatchObject({ ok: true });
		expect(await target.settings.orderBy('key').toArray()).toEqual([
			{ key: 'activeProfile', value: 'bob' },
			{ key: retentionKey('alice'), value: 0.9 },
			{ key: retentionKey('bob'), value: 0.8 },
			{ key: 'theme', value: 'light' }
		]);
	});

	it('applies the name rules, and refuses a new learner with no visible name', async () => {
		const target = fresh();
		for (const name of ['', '   ', '\n\t']) {
			const result = await importBackup(backupOf('nameless', name), target);
			expect(result).toMatchObject({
				ok: false,
				error: { message: expect.stringMatching(/has no learner name/) }
			});
		}
		expect(await target.profiles.count()).toBe(0);
		expect(await target.responses.count()).toBe(0);

		const long = `  Ada   ${'L'.repeat(100)}  `;
		expect(await importBackup(backupOf('ada', long), target)).toMatchObject({ ok: true });
		expect((await target.profiles.get('ada'))?.name).toBe(`Ada ${'L'.repeat(56)}`);
	});

	it('keeps the name a learner already has here when the backup’s name is blank', async () => {
		const target = fresh();
		await importBackup(backupOf('alice', 'Alice'), target);
		const blank = await importBackup(backupOf('alice', '   ', 15), target);
		expect(blank).toMatchObject({ ok: true, profile: { name: 'Alice' }, added: { answers: 1 } });
		expect((await target.profiles.get('alice'))?.name).toBe('Alice');
	});
});
