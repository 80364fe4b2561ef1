import { describe, expect, it } from 'vitest';
import { makeAssignment } from '$lib/teach/factories';
import { rosterKey } from '$lib/teach/roster';
import { freshDbEachTest } from '$lib/test/db';
import { deleteClass, matchName, saveClass } from './classes';
import type { ChipwiseDB } from './db';
import { saveAssignment } from './teach';
import { classLists, gradebookData } from './class-reads';

let db: ChipwiseDB;
freshDbEachTest((d) => (db = d));

const tenB = { name: '10B', students: ['Zoë Lambert', 'Ben Okafor'] };

describe("a teacher's class lists", () => {
	it('saves a class, edits it keeping its matches, lists classes by name, deletes one', async () => {
		const saved = await saveClass(tenB, null, db, 1);
		await saveClass({ name: '9A', students: ['Ana'] }, null, db, 2);
		await matchName(saved.id, 'ZL', 'Zoë Lambert', db, 3);
		const edited = await saveClass(
			{ ...tenB, students: [...tenB.students, 'Ana Silva'] },
			saved.id,
			db,
			4
		);
		expect(edited).toMatchObject({
			id: saved.id,
			createdAt: 1,
			updatedAt: 4,
			aliases: { [rosterKey('ZL')]: 'Zoë Lambert' }
		});
		expect((await classLists()(db)).map((c) => c.name)).toEqual(['9A', '10B']);
		await deleteClass(saved.id, db);
		expect((await classLists()(db)).map((c) => c.name)).toEqual(['9A']);
	});

	it('refuses to edit a class that is gone, or match a name to a student not on the list', async () => {
		await expect(saveClass(tenB, 'nowhere', db)).rejects.toThrow(/no longer on this device/);
		const saved = await saveClass(tenB, null, db);
		await expect(matchName(saved.id, 'X', 'Someone Else', db)).rejects.toThrow(
			/no longer on the list of 10B/
		);
		expect((await db.classes.get(saved.id))?.aliases).toEqual({});
	});

	it("gives the gradebook the list of the assignment's class, by its name", async () => {
		const saved = await saveClass(tenB, null, db);
		const a = makeAssignment({ className: ' 10b' });
		await saveAssignment(a, db);
		expect((await gradebookData(a.id)(db)).list?.id).toBe(saved.id);
		const other = makeAssignment({ id: 'otherAssignment1', className: '11C' });
		await saveAssignment(other, db);
		expect((await gradebookData(other.id)(db)).list).toBeNull();
	});
});
