// Teach's list as a teacher reads it: the follow-ups made for each student sit under the
// assignment they follow, not as a card each beside it.
import type { TeacherAssignmentRow } from '$lib/db/db';

export interface ListEntry {
	row: TeacherAssignmentRow;
	/** Follow-ups for each student of this assignment, in the list's order. */
	followUps: TeacherAssignmentRow[];
}

/**
 * Each row of `rows` once: a follow-up under the assignment it follows when that one is also
 * listed here, at the top level, and otherwise (its assignment archived, or itself a follow-up)
 * at the top level in its own place.
 */
export function withFollowUps(rows: readonly TeacherAssignmentRow[]): ListEntry[] {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const parentOf = (r: TeacherAssignmentRow) => (r.followUpOf ? byId.get(r.followUpOf) : undefined);
	const isTop = (r: TeacherAssignmentRow) => {
		const parent = parentOf(r);
		return !parent || parent === r || !!parentOf(parent);
	};
	const under = new Map<string, TeacherAssignmentRow[]>();
	for (const r of rows) {
		if (isTop(r)) continue;
		const id = r.followUpOf ?? '';
		under.set(id, [...(under.get(id) ?? []), r]);
	}
	return rows.filter(isTop).map((row) => ({ row, followUps: under.get(row.id) ?? [] }));
}
