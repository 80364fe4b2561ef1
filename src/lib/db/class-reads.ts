// Read queries for the teacher's gradebook and class lists, kept apart from the learners'
// reads (teach-reads.ts) so their pages never load the class-list code. Only type imports of
// the database: `Live` passes it in.
import type { Pack } from '$lib/content/schema';
import type { Receipt } from '$lib/teach/receipt';
import { classOf, type ClassList } from '$lib/teach/roster';
import { compareText } from '$lib/text/compare';
import type { ChipwiseDB, ReceiptRow, TeacherAssignmentRow } from './db';

export interface GradebookData {
	/** The assignment asked for, null when it is not on this device (or none was asked for). */
	row: TeacherAssignmentRow | null;
	/** The pack made or added on this device that the assignment uses, if it is here. */
	pack: Pack | null;
	/** The class list of the assignment's class, if the teacher keeps one. */
	list: ClassList | null;
	receipts: Receipt[];
	/** Receipts for assignments not made on this device, oldest import first. */
	unknown: ReceiptRow[];
}

export function gradebookData(id: string | null) {
	return async (db: ChipwiseDB): Promise<GradebookData> => {
		const row = id ? ((await db.assignments.get(id)) ?? null) : null;
		const stored = row ? await db.packs.get(row.assignment.packId) : undefined;
		const list = row ? classOf(await db.classes.toArray(), row.assignment.className) : null;
		const own = row ? await db.receipts.where('assignmentId').equals(row.id).toArray() : [];
		const ids = new Set(await db.assignments.toCollection().primaryKeys());
		const all = await db.receipts.toArray();
		const unknown = all
			.filter((r) => !ids.has(r.assignmentId))
			.sort((a, b) => a.importedAt - b.importedAt);
		return {
			row,
			pack: stored?.pack ?? null,
			list,
			receipts: own.map((r) => r.receipt),
			unknown
		};
	};
}

/** The teacher's class lists, by name. */
export function classLists() {
	return async (db: ChipwiseDB): Promise<ClassList[]> =>
		(await db.classes.toArray()).sort((a, b) => compareText(a.name, b.name));
}
