// Types only: Learn shows these statuses, and must not load the link codec to do so.
import type { Assignment } from '$lib/teach/assignment';

/** What a learner needs from one attempt: whether it is finished, and its score. */
export interface AttemptFacts {
	finishedAt: number | null;
	percent: number | null;
}

export interface AssignmentStatus {
	state: 'not-started' | 'in-progress' | 'done';
	/** Best score of a finished attempt. */
	best: number | null;
	/** Past the due date and not done. */
	overdue: boolean;
	/** Finished attempts. */
	used: number;
	/** Attempts left, null when unlimited. */
	remaining: number | null;
	/** The next step a learner can take, or null when every attempt is used. */
	action: 'start' | 'continue' | 'again' | null;
}

/** Where a learner stands with an assignment; `pastDue` is `isLate(assignment, now)`. */
export function assignmentStatus(
	a: Pick<Assignment, 'attemptsAllowed'>,
	attempts: readonly AttemptFacts[],
	pastDue: boolean
): AssignmentStatus {
	const finished = attempts.filter((x) => x.finishedAt !== null);
	const open = attempts.some((x) => x.finishedAt === null);
	const scores = finished.map((x) => x.percent ?? 0);
	const best = scores.length ? Math.max(...scores) : null;
	const used = finished.length;
	const remaining = a.attemptsAllowed === 0 ? null : Math.max(0, a.attemptsAllowed - used);
	const state = open ? 'in-progress' : used ? 'done' : 'not-started';
	const action = open ? 'continue' : remaining === 0 ? null : used ? 'again' : 'start';
	return { state, best, overdue: state !== 'done' && pastDue, used, remaining, action };
}

/** "Not started", "In progress", "Done: 80%", with "overdue" when it applies. */
export function statusLabel(s: AssignmentStatus): string {
	const base =
		s.state === 'done'
			? `Done: ${s.best ?? 0}%`
			: s.state === 'in-progress'
				? 'In progress'
				: 'Not started';
	return s.overdue ? `${base} · overdue` : base;
}
