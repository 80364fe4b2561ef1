import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { freshDbEachTest } from '$lib/test/db';
import { teacherPack } from '$lib/test/teacher-pack';
import { card as storedCard } from '$lib/progress/test-factories';
import type { ChipwiseDB } from './db';
import { storedPack, storedPacks } from './pack-reads';
import { importPack, removePack } from './packs';

let db: ChipwiseDB;
freshDbEachTest((d) => (db = d), 'packs');

const builtIn = { id: 'micron-ban', questionIds: ['the-ban.q01', 'the-ban.q02'] };
const file = (edit: (p: ReturnType<typeof teacherPack>) => void = () => {}) => {
	const pack = teacherPack();
	edit(pack);
	return JSON.stringify(pack);
};
const card = (profileId: string, questionId: string) => storedCard({ profileId, questionId });

describe('packs on this device', () => {
	it('keeps a checked pack, and lists it', async () => {
		const result = await importPack(file(), builtIn, db, 1000);
		expect(result).toMatchObject({ ok: true, kind: 'new' });
		expect((await storedPacks(db)).map((p) => [p.id, p.version, p.origin])).toEqual([
			['northport-lab', '1.0.0', 'imported']
		]);
		expect((await storedPack('northport-lab', db))?.pack.modules[0]?.questions).toHaveLength(2);
	});

	it('refuses a damaged, foreign or clashing file and changes nothing', async () => {
		const refusals = [
			['{ not json', /not valid JSON/],
			[JSON.stringify({ hello: 'world' }), /not valid/],
			[
				file((p) => (p.modules[0]!.questions[0]!.evidence = 'words not in it')),
				/not found verbatim/
			],
			[file((p) => (p.id = 'micron-ban')), /the pack Chipwise comes with: it is already here/],
			[
				file((p) => {
					p.modules[0]!.questions[0]!.id = 'the-ban.q01';
					p.modules[0]!.sets[0]!.questionIds[0] = 'the-ban.q01';
					p.finalTest.questionIds[0] = 'the-ban.q01';
				}),
				/question ids of the pack Chipwise comes with \(the-ban\.q01\)/
			]
		] as const;
		for (const [text, message] of refusals) {
			const result = await importPack(text, builtIn, db);
			expect(result.ok).toBe(false);
			expect(!result.ok && result.message).toMatch(message);
		}
		expect(await db.packs.count()).toBe(0);
	});

	it('refuses a second pack whose question ids another pack on the device uses', async () => {
		await importPack(file(), builtIn, db);
		const other = await importPack(
			file((p) => (p.id = 'another-pack')),
			builtIn,
			db
		);
		expect(!other.ok && other.message).toMatch(/question ids of “A chip lab in Northport”/);
	});

	it('takes a newer version, gives changed questions a fresh card, and keeps the rest', async () => {
		await importPack(file(), builtIn, db, 1000);
		await db.cards.bulkPut([card('p1', 'lab.q1'), card('p2', 'lab.q1'), card('p1', 'lab.q2')]);
		const newer = file((p) => {
			p.version = '1.1.0';
			p.modules[0]!.questions[0]!.prompt = 'In which building will the lab open?';
			(p.modules[0]!.questions[1] as Extract<Question, { type: 'truefalse' }>).explanation =
				'Rewritten, same question.';
		});
		const result = await importPack(newer, builtIn, db, 2000);
		expect(result).toMatchObject({ ok: true, kind: 'newer' });
		const row = await storedPack('northport-lab', db);
		expect(row?.version).toBe('1.1.0');
		expect(row?.addedAt).toBe(1000);
		expect(row?.changes).toEqual({
			from: '1.0.0',
			summary: '1 question updated',
			updated: ['lab.q1'],
			added: [],
			removed: []
		});
		expect((await db.cards.toArray()).map((c) => `${c.profileId} ${c.questionId}`)).toEqual([
			'p1 lab.q2'
		]);
	});

	it('refuses the same or an older version', async () => {
		await importPack(
			file((p) => (p.version = '1.2.0')),
			builtIn,
			db
		);
		const same = await importPack(
			file((p) => (p.version = '1.2.0')),
			builtIn,
			db
		);
		expect(!same.ok && same.message).toMatch(
			/already has “A chip lab in Northport”, version 1.2.0/
		);
		const older = await importPack(file(), builtIn, db);
		expect(!older.ok && older.message).toMatch(
			/newer version .* \(1\.2\.0\) than this file \(1\.0\.0\)/
		);
	});

	it('removes a pack and keeps the answers given to it', async () => {
		await importPack(file(), builtIn, db);
		await db.cards.put(card('p1', 'lab.q1'));
		await removePack('northport-lab', db);
		expect(await db.packs.count()).toBe(0);
		expect(await db.cards.count()).toBe(1);
	});
});
