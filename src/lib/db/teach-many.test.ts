import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { followUpEach } from '$lib/teach/follow-up';
import { makeAssignment, questionIds, T0 } from '$lib/teach/factories';
import { freshDbEachTest } from '$lib/test/db';
import type { ChipwiseDB } from './db';
import { duplicateAssignment, saveAssignment, saveAssignments, setArchived } from './teach';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh), 'teach-many');

const ids = questionIds(4);
const student = (name: string, credits: number[]) => ({
	student: name,
	results: credits.map((credit, i) => ({ questionId: ids[i] ?? '', credit }))
});
/** A follow-up each for three students, as the gradebook makes them. */
function followUps() {
	let n = 0;
	return followUpEach(
		makeAssignment({ questionIds: ids }),
		ids,
		[student('Ada', [0, 1, 1, 1]), student('Ben', [1, 0, 0, 1]), student('Cleo', [1, 1, 1, 0])],
		() => `followUp000${++n}`,
		T0
	).map((x) => x.assignment);
}

describe('saving many assignments at once', () => {
	it('saves each follow-up in one transaction', async () => {
		const list = followUps();
		const transaction = vi.spyOn(db, 'transaction');
		const rows = await saveAssignments(list, db, T0 + 1);
		expect(transaction).toHaveBeenCalledTimes(1);
		expect(rows.map((r) => r.assignment.title)).toEqual([
			'Micron ban: week 3 check: follow-up for Ada',
			'Micron ban: week 3 check: follow-up for Ben',
			'Micron ban: week 3 check: follow-up for Cleo'
		]);
		const stored = await db.assignments.orderBy('id').toArray();
		expect(stored).toEqual(
			list.map((assignment) => ({
				id: assignment.id,
				assignment,
				updatedAt: T0 + 1,
				archived: false
			}))
		);
	});

	it('saves none when one is invalid', async () => {
		const [first, second] = followUps();
		if (!first || !second) throw new Error('no follow-ups');
		await expect(saveAssignments([first, { ...second, questionIds: [] }], db)).rejects.toThrow();
		expect(await db.assignments.count()).toBe(0);
	});

	it('saves none when the storage fails part way', async () => {
		const list = followUps();
		db.assignments.hook('creating', (id) => {
			if (id === list[2]?.id) throw new Error('The disk is full');
		});
		await expect(saveAssignments(list, db)).rejects.toThrow('The disk is full');
		expect(await db.assignments.count()).toBe(0);
	});

	it('keeps an edited one archived, as saving one does', async () => {
		const [first, second] = followUps();
		if (!first || !second) throw new Error('no follow-ups');
		await saveAssignment(first, db, T0);
		await setArchived(first.id, true, db);
		await saveAssignments([{ ...first, title: 'Renamed' }, second], db, T0 + 2);
		expect(await db.assignments.get(first.id)).toMatchObject({
			archived: true,
			assignment: { title: 'Renamed' }
		});
		expect(await db.assignments.get(second.id)).toMatchObject({ archived: false });
	});

	it('remembers which assignment follow-ups for each student follow, through later edits', async () => {
		const [first, second] = followUps();
		if (!first || !second) throw new Error('no follow-ups');
		await saveAssignments([first, second], db, T0, 'k3Xq9-zP_a1B');
		await saveAssignment({ ...first, title: 'Ada, again' }, db, T0 + 1);
		expect(await db.assignments.get(first.id)).toMatchObject({
			followUpOf: 'k3Xq9-zP_a1B',
			assignment: { title: 'Ada, again' }
		});
		await saveAssignments([makeAssignment({ id: 'plainAssignment1' })], db, T0 + 2);
		expect(await db.assignments.get('plainAssignment1')).not.toHaveProperty('followUpOf');
	});

	it('keeps a copy of a 120-character title within the limit', async () => {
		const a = makeAssignment({ title: 'x'.repeat(120) });
		await saveAssignment(a, db);
		const copy = await duplicateAssignment(a.id, db);
		expect(copy.title).toHaveLength(120);
		expect(copy.title.endsWith(' (copy)')).toBe(true);
	});
});
