import { describe, expect, it } from 'vitest';
import type { TeacherAssignmentRow } from '$lib/db/db';
import { makeAssignment } from '$lib/teach/factories';
import { withFollowUps } from './list-groups';

const row = (id: string, followUpOf?: string): TeacherAssignmentRow => ({
	id,
	assignment: makeAssignment({ id: `${id}-assignment` }),
	updatedAt: 0,
	archived: false,
	...(followUpOf ? { followUpOf } : {})
});
const ids = (entries: ReturnType<typeof withFollowUps>) =>
	entries.map((e) => [e.row.id, e.followUps.map((f) => f.id)]);

describe("Teach's list", () => {
	it('puts follow-ups for each student under the assignment they follow', () => {
		const rows = [row('ada', 'week3'), row('week4'), row('week3'), row('ben', 'week3')];
		expect(ids(withFollowUps(rows))).toEqual([
			['week4', []],
			['week3', ['ada', 'ben']]
		]);
	});

	it('lists a follow-up on its own when its assignment is not in the list, or is one itself', () => {
		const rows = [row('ada', 'gone'), row('week3'), row('ben', 'week3'), row('ben2', 'ben')];
		expect(ids(withFollowUps(rows))).toEqual([
			['ada', []],
			['week3', ['ben']],
			['ben2', []]
		]);
		expect(ids(withFollowUps([row('self', 'self')]))).toEqual([['self', []]]);
	});
});
