// Read queries for the live Teach views. Only type imports here, so pages can import this
// module without pulling Dexie into their first-load JavaScript; `Live` passes the database in.
import { startedOn, type Attempt } from '$lib/quiz/attempt';
import type { Pack } from '$lib/content/schema';
import type { Receipt } from '$lib/teach/receipt';
import { classOf, type ClassList } from '$lib/teach/roster';
import { compareText } from '$lib/text/compare';
import type { ChipwiseDB, ReceivedAssignmentRow, ReceiptRow, TeacherAssignmentRow } from './db';

export interface TeachOverview {
	/** Newest first. */
	assignments: TeacherAssignmentRow[];
	/** Receipts stored per assignment id. */
	receiptCounts: Record<string, number>;
	/** Receipts for assignments not made on this device. */
	unknownCount: number;
}

export function teachOverview() {
	return async (db: ChipwiseDB): Promise<TeachOverview> => {
		const assignments = await db.assignments.toArray();
		assignments.sort((a, b) => b.assignment.createdAt - a.assignment.createdAt);
		const ids = new Set(assignments.map((r) => r.id));
		const receiptCounts: Record<string, number> = {};
		let unknownCount = 0;
		await db.receipts.each((r) => {
			if (ids.has(r.assignmentId))
				receiptCounts[r.assignmentId] = (receiptCounts[r.assignmentId] ?? 0) + 1;
			else unknownCount += 1;
		});
		return { assignments, receiptCounts, unknownCount };
	};
}

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

/** One attempt at an assignment, with its score once it is finished. */
export interface AssignmentAttempt {
	attempt: Attempt;
	/** Percent of first-pass credit, as Results shows it; null while unfinished. */
	percent: number | null;
}

export interface AssignedItem {
	row: ReceivedAssignmentRow;
	/** Oldest first: every finished one, and the unfinished one of the current version. */
	attempts: AssignmentAttempt[];
	/** An unfinished attempt was started before the teacher changed the assignment. */
	changed: boolean;
}

/** The assignments a learner received (newest first), or just one, with their attempts. */
export function assignedTo(profileId: string, assignmentId?: string) {
	return async (db: ChipwiseDB): Promise<AssignedItem[]> => {
		const rows = assignmentId
			? [await db.received.get([profileId, assignmentId])].flatMap((r) => r ?? [])
			: await db.received.where('profileId').equals(profileId).toArray();
		const attempts = (await db.attempts.where('profileId').equals(profileId).toArray())
			.filter((a) => a.assignmentId && rows.some((r) => r.id === a.assignmentId))
			.sort((a, b) => a.startedAt - b.startedAt);
		const finished = attempts.filter((a) => a.finishedAt !== null).map((a) => a.id);
		const credit: Record<string, number> = {};
		if (finished.length) {
			const responses = await db.responses.where('attemptId').anyOf(finished).toArray();
			for (const r of responses)
				if (r.round === 0) credit[r.attemptId] = (credit[r.attemptId] ?? 0) + r.credit;
		}
		const percent = (a: Attempt) =>
			a.finishedAt === null
				? null
				: Math.round(((credit[a.id] ?? 0) / Math.max(1, a.questionIds.length)) * 100);
		return rows
			.sort((a, b) => b.receivedAt - a.receivedAt)
			.map((row) => {
				const own = attempts.filter((a) => a.assignmentId === row.id);
				const current = (a: Attempt) => a.finishedAt !== null || startedOn(a, row.assignment);
				return {
					row,
					attempts: own.filter(current).map((attempt) => ({ attempt, percent: percent(attempt) })),
					changed: own.some((a) => !current(a))
				};
			});
	};
}
