import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeReceipt, T0 } from '$lib/teach/factories';
import { receiptKey, studentKey } from '$lib/teach/identity';
import { freshDbEachTest } from '$lib/test/db';
import type { ChipwiseDB } from './db';
import { removeStudentResults } from './results';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh), 'results');

const row = (student: string, assignmentId: string, finishedAt = T0 + 1000) => {
	const receipt = makeReceipt(undefined, { student, assignmentId, finishedAt });
	return { key: receiptKey(receipt), assignmentId, receipt, importedAt: T0 };
};

describe("removing a student's results", () => {
	it("takes every receipt of theirs from the one assignment, and nobody else's", async () => {
		await db.receipts.bulkAdd([
			row('Ada', 'assignment-one'),
			row('ada ', 'assignment-one', T0 + 2000),
			row('Ben', 'assignment-one'),
			row('Ada', 'assignment-two')
		]);
		const ada = (name: string) => studentKey(name) === studentKey('ADA');
		expect(await removeStudentResults('assignment-one', ada, db)).toBe(2);
		const left = await db.receipts.toArray();
		expect(left.map((r) => [r.assignmentId, r.receipt.student]).sort()).toEqual([
			['assignment-one', 'Ben'],
			['assignment-two', 'Ada']
		]);
		expect(await removeStudentResults('assignment-one', ada, db)).toBe(0);
	});
});
