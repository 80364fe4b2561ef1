import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { receiptKey } from '$lib/teach/identity';
import { encodeReceipt, receiptFile } from '$lib/teach/receipt';
import { makeAssignment, makeReceipt, questionIds, T0 } from '$lib/teach/factories';
import type { ChipwiseDB } from './db';
import { freshDbEachTest } from '$lib/test/db';
import { teacherPack } from '$lib/test/teacher-pack';
import { storePack } from './packs';
import { assignedTo, teachOverview } from './teach-reads';
import { gradebookData } from './class-reads';
import {
	duplicateAssignment,
	importReceipts,
	receiveAssignment,
	saveAssignment,
	setArchived,
	storeReceipts
} from './teach';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh), 'teach');

describe("a teacher's assignments", () => {
	it('saves an assignment, and an edit keeps it archived', async () => {
		const a = makeAssignment();
		await saveAssignment(a, db, T0);
		expect(await db.assignments.get(a.id)).toEqual({
			id: a.id,
			assignment: a,
			updatedAt: T0,
			archived: false
		});
		await setArchived(a.id, true, db, T0 + 1);
		await saveAssignment({ ...a, title: 'Renamed' }, db, T0 + 2);
		expect(await db.assignments.get(a.id)).toMatchObject({
			archived: true,
			assignment: { title: 'Renamed' }
		});
	});

	it('refuses an assignment its schema refuses, storing nothing', async () => {
		await expect(saveAssignment(makeAssignment({ title: '' }), db)).rejects.toThrow();
		await expect(saveAssignment(makeAssignment({ questionIds: [] }), db)).rejects.toThrow();
		expect(await db.assignments.count()).toBe(0);
	});

	it('duplicates under a new id and a "(copy)" title, not archived', async () => {
		const a = makeAssignment();
		await saveAssignment(a, db, T0);
		await setArchived(a.id, true, db);
		const copy = await duplicateAssignment(a.id, db, T0 + 5);
		expect(copy.id).not.toBe(a.id);
		expect(copy).toMatchObject({ title: `${a.title} (copy)`, createdAt: T0 + 5 });
		expect(copy.questionIds).toEqual(a.questionIds);
		expect(await db.assignments.get(copy.id)).toMatchObject({ archived: false });
		expect(await db.assignments.count()).toBe(2);
	});

	it('archives and unarchives', async () => {
		const a = makeAssignment();
		await saveAssignment(a, db);
		await setArchived(a.id, true, db);
		expect((await db.assignments.get(a.id))?.archived).toBe(true);
		await setArchived(a.id, false, db);
		expect((await db.assignments.get(a.id))?.archived).toBe(false);
		await expect(setArchived('no-such-assignment', true, db)).rejects.toThrow(/no longer/);
	});
});

describe('an assignment a learner opens', () => {
	it('is kept once per learner, however often the link is opened', async () => {
		const a = makeAssignment();
		await receiveAssignment('p1', a, db, T0);
		await receiveAssignment('p1', a, db, T0 + 1000);
		await receiveAssignment('p2', a, db, T0 + 2000);
		expect(await db.received.count()).toBe(2);
		expect(await db.received.get(['p1', a.id])).toEqual({
			profileId: 'p1',
			id: a.id,
			assignment: a,
			receivedAt: T0
		});
		const items = await assignedTo('p1')(db);
		expect(items.map((x) => x.row.id)).toEqual([a.id]);
	});
});

describe('receipts a teacher imports', () => {
	it('adds each receipt once: duplicates in the batch and already stored are merged', async () => {
		const a = makeAssignment();
		await saveAssignment(a, db);
		const ada = makeReceipt();
		const bob = makeReceipt([1, 1, 1, 1, 1], { student: 'Bob' });
		await storeReceipts([ada], db, T0);

		const result = await importReceipts(
			[
				{ label: 'Pasted text', text: `${encodeReceipt(ada)}\n${encodeReceipt(bob)}` },
				{ label: 'bob.json', text: receiptFile(bob, a.title).text }
			],
			db,
			T0 + 1
		);
		expect(result.sources).toEqual([
			{
				label: 'Pasted text',
				added: 1,
				duplicates: 1,
				rejected: [],
				rejectedCount: 0,
				notRead: 0,
				leftOver: []
			},
			{
				label: 'bob.json',
				added: 0,
				duplicates: 1,
				rejected: [],
				rejectedCount: 0,
				notRead: 0,
				leftOver: []
			}
		]);
		expect(result.stored.map((s) => s.title)).toEqual([a.title, a.title, a.title]);
		expect((await db.receipts.toArray()).map((r) => r.key).sort()).toEqual(
			[receiptKey(ada), receiptKey(bob)].sort()
		);
		const book = await gradebookData(a.id)(db);
		expect(book.receipts).toHaveLength(2);
		expect((await teachOverview()(db)).receiptCounts).toEqual({ [a.id]: 2 });
	});

	it('keeps a receipt for an assignment not made here, flagged as unknown', async () => {
		const stranger = makeReceipt(undefined, { assignmentId: 'zzzzzzzzzzzz' });
		const [stored] = await storeReceipts([stranger], db);
		expect(stored).toMatchObject({ status: 'added', title: null });
		const book = await gradebookData(null)(db);
		expect(book.unknown.map((r) => r.receipt)).toEqual([stranger]);
		expect((await teachOverview()(db)).unknownCount).toBe(1);
	});

	it('reports each rejected piece with its text and message, and stores the good ones', async () => {
		const good = encodeReceipt(makeReceipt());
		const cut = good.slice(0, -12);
		const result = await importReceipts(
			[{ label: 'Pasted text', text: `${good}\n${cut}\n\nhello there, teacher\n` }],
			db
		);
		expect(result.sources[0]).toMatchObject({ added: 1, duplicates: 0, rejectedCount: 2 });
		expect(result.sources[0]?.rejected).toEqual([
			{
				piece: 2,
				text: cut,
				message: 'This receipt code looks cut off or changed. Ask the student to copy it again.'
			},
			{ piece: 3, text: 'hello there, teacher', message: 'This is not a receipt code or link.' }
		]);
		// What was not added, to put back in the box.
		expect(result.sources[0]?.leftOver).toEqual([cut, 'hello there, teacher']);
		expect(await db.receipts.count()).toBe(1);
	});

	it('gives back every piece not added, not only the ten reported', async () => {
		const codes = Array.from({ length: 4 }, (_, i) =>
			encodeReceipt(makeReceipt(undefined, { student: `Student ${i}` }))
		);
		const junk = Array.from({ length: 12 }, (_, i) => `junk ${i}`);
		const text = [...junk, ...codes].join('\n');
		const result = await importReceipts([{ label: 'Pasted text', text }], db, undefined, {
			pause: async () => {}
		});
		expect(result.sources[0]).toMatchObject({ added: 4, rejectedCount: 12 });
		expect(result.sources[0]?.rejected).toHaveLength(10);
		expect(result.sources[0]?.leftOver).toEqual(junk);
	});

	it('refuses results for other questions than the assignment’s, with the reason', async () => {
		const a = makeAssignment({ title: 'Week 3 check', questionIds: questionIds(9) });
		await saveAssignment(a, db);
		const good = makeReceipt([1, 1, 1, 1, 1, 1, 1, 1, 0], { student: 'Ada' });
		const other = makeReceipt([1], {
			student: 'Mallory',
			results: [{ questionId: 'some.other-question', credit: 1, answer: 'x' }]
		});
		const result = await importReceipts(
			[{ label: 'Pasted text', text: [good, other].map(encodeReceipt).join(' ') }],
			db
		);
		expect(result.sources[0]).toMatchObject({ added: 1, rejectedCount: 1 });
		expect(result.sources[0]?.leftOver).toEqual([encodeReceipt(other)]);
		expect(result.sources[0]?.rejected).toEqual([
			{
				piece: 2,
				text: encodeReceipt(other),
				message:
					'This result is for different questions than “Week 3 check” (0 of 9 match): it may come from an earlier version of the assignment. Ask the student to open the current link and send a new result.'
			}
		]);
		expect((await db.receipts.toArray()).map((r) => r.receipt.student)).toEqual(['Ada']);

		// The same from a receipt link.
		const [stored] = await storeReceipts([other], db);
		expect(stored).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/0 of 9/) });
		expect(await db.receipts.count()).toBe(1);
	});

	it('keeps a result without a question a new edition removed, by a link or pasted', async () => {
		const a = makeAssignment();
		await saveAssignment(a, db);
		const removed = a.questionIds.at(-1)!;
		const known = new Set(a.questionIds.slice(0, -1));
		const full = makeReceipt(a.questionIds.map(() => 1));
		const kept = full.results.filter((x) => x.questionId !== removed);
		const updated = makeReceipt(
			kept.map(() => 1),
			{ student: 'Ada', results: kept }
		);
		const [stored] = await storeReceipts([updated], db, undefined, known);
		expect(stored).toMatchObject({ status: 'added' });
		const result = await importReceipts(
			[{ label: 'Pasted text', text: encodeReceipt({ ...full, student: 'Bob' }) }],
			db,
			undefined,
			{ known }
		);
		expect(result.sources[0]).toMatchObject({ added: 1, rejectedCount: 0 });
		expect(await db.receipts.count()).toBe(2);
	});

	it("checks a result of an assignment on a teacher's pack against that pack's questions", async () => {
		const pack = teacherPack();
		await storePack(pack, 'created', { id: 'micron-ban', questionIds: [] }, db);
		const ids = pack.modules[0]!.questions.map((q) => q.id);
		const a = makeAssignment({ packId: pack.id, questionIds: ids });
		await saveAssignment(a, db);
		const results = ids.map((questionId) => ({ questionId, credit: 1, answer: 'x' }));
		const whole = makeReceipt([1, 1], { results });
		const part = makeReceipt([1], { student: 'Bob', results: results.slice(1) });
		// The built-in pack's questions, as the gradebook passes them, say nothing of this pack.
		const builtIn = new Set(questionIds(9));
		const stored = await storeReceipts([whole, part], db, undefined, builtIn);
		expect(stored.map((x) => x.status)).toEqual(['added', 'rejected']);
		expect((await gradebookData(a.id)(db)).pack).toEqual(pack);
	});

	it('refuses a result with more attempts than the assignment allows', async () => {
		const a = makeAssignment({ attemptsAllowed: 2 });
		await saveAssignment(a, db);
		const [stored] = await storeReceipts([makeReceipt(undefined, { attemptsUsed: 3 })], db);
		expect(stored).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/allows 2/) });
		expect(await db.receipts.count()).toBe(0);
	});

	it('reads a 1 MB file of zeros as rejected pieces, reporting only the first ten', async () => {
		const zeros = `[${Array.from({ length: 500_000 }, () => 0).join(',')}]`;
		const good = encodeReceipt(makeReceipt());
		const progress: number[] = [];
		const result = await importReceipts(
			[
				{ label: 'zeros.json', text: zeros },
				{ label: 'Pasted text', text: good }
			],
			db,
			Date.now(),
			{ onProgress: (p) => progress.push(p.done), pause: async () => {} }
		);
		expect(result.sources[0]).toMatchObject({ added: 0, rejectedCount: 500_000, notRead: 0 });
		expect(result.sources[0]?.rejected).toHaveLength(10);
		expect(result.sources[1]).toMatchObject({ added: 1, rejectedCount: 0 });
		expect(progress.length).toBeGreaterThan(0);
		expect(await db.receipts.count()).toBe(1);
	});

	it('stores nothing from a batch when one receipt in it is not readable', async () => {
		const good = makeReceipt();
		const bad = makeReceipt(undefined, {
			student: 'Cy',
			score: { credit: 5, total: 5, percent: 100 }
		});
		await expect(storeReceipts([good, bad], db)).rejects.toThrow();
		expect(await db.receipts.count()).toBe(0);
	});

	it('stores nothing when writing fails part way through a batch', async () => {
		const a = makeReceipt();
		const b = makeReceipt(undefined, { student: 'Bob' });
		db.receipts.hook('creating', (_key, row) => {
			if (row.receipt.student === 'Bob') throw new Error('disk full');
		});
		await expect(storeReceipts([a, b], db)).rejects.toThrow();
		expect(await db.receipts.count()).toBe(0);
	});
});
