// A teacher's class lists: saved whole, each in one transaction; a receipt's name that matches
// no one on a list can be matched to a student, and later receipts with that name follow.
import { rosterKey, type ClassList } from '$lib/teach/roster';
import { getDb, type ChipwiseDB } from './db';
import { UserMessage } from './storage-error';

/** A class as checked by `checkRoster`: its name and students. */
export interface ClassInput {
	name: string;
	students: string[];
}

/** Saves a new class (no `id`) or an edited one, keeping its matches; returns it as stored. */
export async function saveClass(
	input: ClassInput,
	id: string | null,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<ClassList> {
	return db.transaction('rw', db.classes, async () => {
		const old = id ? await db.classes.get(id) : undefined;
		if (id && !old) throw new UserMessage('This class is no longer on this device.');
		const row: ClassList = {
			id: old?.id ?? crypto.randomUUID(),
			name: input.name,
			students: [...input.students],
			aliases: old?.aliases ?? {},
			createdAt: old?.createdAt ?? now,
			updatedAt: now
		};
		await db.classes.put(row);
		return row;
	});
}

/** Removes a class list; assignments and results made for it stay. */
export async function deleteClass(id: string, db: ChipwiseDB = getDb()): Promise<void> {
	await db.classes.delete(id);
}

/**
 * Records that results sent under `name` are `student`'s on this class list: the gradebook
 * then counts them as theirs, now and for later receipts with that name.
 */
export async function matchName(
	classId: string,
	name: string,
	student: string,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<void> {
	await db.transaction('rw', db.classes, async () => {
		const row = await db.classes.get(classId);
		if (!row) throw new UserMessage('This class is no longer on this device.');
		if (!row.students.includes(student))
			throw new UserMessage(`${student} is no longer on the list of ${row.name}.`);
		await db.classes.put({
			...row,
			aliases: { ...row.aliases, [rosterKey(name)]: student },
			updatedAt: now
		});
	});
}
