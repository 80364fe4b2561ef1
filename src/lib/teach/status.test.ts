import { describe, expect, it } from 'vitest';
import { isLate } from '$lib/teach/identity';
import { DAY, makeAssignment, T0 } from '$lib/teach/factories';
import type { AttemptFacts } from './status';
import { assignmentStatus as statusAt, statusLabel } from './status';

const assignmentStatus = (
	a: ReturnType<typeof makeAssignment>,
	attempts: AttemptFacts[],
	now: number
) => statusAt(a, attempts, isLate(a, now));

const due = makeAssignment({ due: '2025-03-14', attemptsAllowed: 2 });
const done = (percent: number) => ({ finishedAt: T0, percent });
const open = { finishedAt: null, percent: null };

describe('where a learner stands with an assignment', () => {
	it('starts, continues, tries again, and stops when the attempts are used', () => {
		expect(assignmentStatus(due, [], T0)).toMatchObject({ state: 'not-started', action: 'start' });
		expect(assignmentStatus(due, [open], T0)).toMatchObject({
			state: 'in-progress',
			action: 'continue'
		});
		expect(assignmentStatus(due, [done(40)], T0)).toMatchObject({
			state: 'done',
			action: 'again',
			used: 1,
			remaining: 1,
			best: 40
		});
		expect(assignmentStatus(due, [done(40), done(90)], T0)).toMatchObject({
			action: null,
			remaining: 0,
			best: 90
		});
	});

	it('never runs out with no limit', () => {
		const unlimited = makeAssignment({ attemptsAllowed: 0 });
		const many = Array.from({ length: 30 }, () => done(10));
		expect(assignmentStatus(unlimited, many, T0)).toMatchObject({
			action: 'again',
			remaining: null
		});
	});

	it('is overdue after the due day ends, unless done', () => {
		const late = T0 + 5 * DAY;
		expect(assignmentStatus(due, [], T0).overdue).toBe(false);
		expect(statusLabel(assignmentStatus(due, [], late))).toBe('Not started · overdue');
		expect(statusLabel(assignmentStatus(due, [open], late))).toBe('In progress · overdue');
		expect(statusLabel(assignmentStatus(due, [done(75)], late))).toBe('Done: 75%');
		expect(assignmentStatus(makeAssignment({ due: null }), [], late).overdue).toBe(false);
	});
});
