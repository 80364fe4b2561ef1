import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAttempt } from '$lib/quiz/attempt';
import { teacherPack } from '$lib/test/teacher-pack';
import { recordResponse, saveAttempt } from './attempts';
import { exportBackup, importBackup } from './backup';
import { ChipwiseDB } from './db';
import { storePack } from './packs';
import { createProfile } from './profiles';

const builtIn = { id: 'micron-ban', questionIds: ['the-ban.q01'] };
const ownPack = async () => builtIn;
const dbs: ChipwiseDB[] = [];
const fresh = () => {
	const db = new ChipwiseDB(`backup-packs-${crypto.randomUUID()}`);
	dbs.push(db);
	return db;
};
afterEach(async () => {
	for (const db of dbs.splice(0)) {
		db.close();
		await db.delete();
	}
});

/** A device with two added packs, and a learner who answered a question of the first. */
async function device() {
	const db = fresh();
	const other = teacherPack();
	other.id = 'other-pack';
	other.title = 'Another pack';
	other.finalTest.id = 'other-pack.final';
	for (const m of other.modules) {
		m.id = `o-${m.id}`;
		for (const q of m.questions) q.id = `o-${q.id}`;
		for (const s of m.sets) {
			s.id = `o-${s.id}`;
			s.questionIds = s.questionIds.map((id) => `o-${id}`);
		}
		for (const l of m.lessons) l.id = `o-${l.id}`;
	}
	other.objectives = other.objectives.map((o) => ({ ...o, module: `o-${o.module}` }));
	other.finalTest.questionIds = other.finalTest.questionIds.map((id) => `o-${id}`);
	expect((await storePack(teacherPack(), 'created', builtIn, db, 1)).ok).toBe(true);
	expect((await storePack(other, 'imported', builtIn, db, 1)).ok).toBe(true);
	const profile = await createProfile('Ana', db, 1);
	await saveAttempt(
		createAttempt({
			id: 'a1',
			profileId: profile.id,
			setId: 'lab.all',
			title: 'All questions',
			mode: 'practice',
			seed: 1,
			questionIds: ['lab.q1'],
			shuffle: false,
			moduleId: null,
			now: 2
		}),
		db
	);
	await recordResponse(
		{
			id: 'a1:lab.q1:0',
			attemptId: 'a1',
			profileId: profile.id,
			questionId: 'lab.q1',
			round: 0,
			answer: { type: 'single', choice: 'In the old harbour warehouse' },
			credit: 1,
			correct: true,
			hintUsed: false,
			timeMs: 2000,
			answeredAt: 3
		},
		db
	);
	return { db, profile };
}

describe('the packs in a backup', () => {
	it('carries the packs the learner studied, not the others, and adds them on a new device', async () => {
		const { db, profile } = await device();
		const { text } = await exportBackup(profile.id, db);
		expect(JSON.parse(text).packs.map((p: { id: string }) => p.id)).toEqual(['northport-lab']);

		const target = fresh();
		const result = await importBackup(text, target, undefined, ownPack);
		expect(result).toMatchObject({ ok: true, added: { answers: 1, packs: 1 }, packsSkipped: [] });
		const row = await target.packs.get('northport-lab');
		expect(row?.pack).toEqual(teacherPack());
		expect(await target.cards.count()).toBe(1);
	});

	it('leaves a pack the device has in the same or a newer version, and says why one cannot be added', async () => {
		const { db, profile } = await device();
		const { text } = await exportBackup(profile.id, db);
		const target = fresh();
		const newer = teacherPack();
		newer.version = '2.0.0';
		await storePack(newer, 'imported', builtIn, target, 1);
		const kept = await importBackup(text, target, undefined, ownPack);
		expect(kept).toMatchObject({ ok: true, added: { packs: 0 }, packsSkipped: [] });
		expect((await target.packs.get('northport-lab'))?.version).toBe('2.0.0');

		const clash = fresh();
		const result = await importBackup(text, clash, undefined, async () => ({
			id: 'micron-ban',
			questionIds: ['lab.q1']
		}));
		expect(result).toMatchObject({ ok: true, added: { answers: 1, packs: 0 } });
		expect(result.ok && result.packsSkipped[0]).toMatch(/uses question ids of the pack Chipwise/);
	});

	it('refuses the whole file when a pack in it is damaged, and changes nothing', async () => {
		const { db, profile } = await device();
		const backup = JSON.parse((await exportBackup(profile.id, db)).text);
		backup.packs[0].modules[0].questions[0].evidence = 'words the article never had';
		const target = fresh();
		const result = await importBackup(JSON.stringify(backup), target, undefined, ownPack);
		expect(result).toMatchObject({
			ok: false,
			error: { message: expect.stringMatching(/^This backup is damaged .*packs\.0.*verbatim/) }
		});
		expect(await target.profiles.count()).toBe(0);
		expect(await target.packs.count()).toBe(0);
	});
});
