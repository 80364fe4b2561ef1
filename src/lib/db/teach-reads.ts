// Read queries for the live Teach views. Only type imports here, so pages can import this
// module without pulling Dexie into their first-load JavaScript; `Live` passes the database in.
import { startedOn, type Attempt } from '$lib/quiz/attempt';
import type { ChipwiseDB, ReceivedAssignmentRow, TeacherAssignmentRow } from './db';

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
