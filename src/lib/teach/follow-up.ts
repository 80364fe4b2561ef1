// "Assign again": a follow-up of the questions a class missed most, or one for each student of
// the questions they missed, made from the gradebook's figures in one step. Plain code: the
// gradebook's page uses it as it is.
import type { Assignment } from './assignment';
import type { QuestionStat } from './gradebook';
import { cut, titled } from './titles';
import type { Receipt } from './receipt';

const SUFFIX = ': follow-up';
/** With no question under the pass mark, the weakest few still make a useful follow-up. */
const AT_LEAST = 3;
/** Of a title, for the student's name: more than a receipt's name may hold (60). */
const MAX_NAME = 80;

/**
 * The questions to ask again, in the assignment's order: those fewer students than the pass
 * mark got fully right; or, when there are none, the (up to) three with the lowest share that
 * someone missed. Empty when every student got every question right. `stats` are figures over
 * at least one result (`questionStats`).
 */
export function missedMost(
	a: Pick<Assignment, 'passMark'>,
	stats: readonly QuestionStat[]
): string[] {
	const below = stats.filter((s) => s.percentCorrect < a.passMark);
	if (below.length) return below.map((s) => s.questionId);
	const weakest = stats
		.filter((s) => s.percentCorrect < 100)
		.sort((x, y) => x.percentCorrect - y.percentCorrect)
		.slice(0, AT_LEAST);
	const chosen = new Set(weakest.map((s) => s.questionId));
	return stats.filter((s) => chosen.has(s.questionId)).map((s) => s.questionId);
}

/** A new assignment of `questionIds` for the same class, on the same terms, with no due date. */
export function followUp(
	a: Assignment,
	questionIds: readonly string[],
	id: string,
	now: number,
	suffix = SUFFIX
): Assignment {
	const title = titled(a.title, suffix);
	return { ...a, id, title, questionIds: [...questionIds], due: null, createdAt: now };
}

/** A student as the gradebook shows them, with each answer of their best result. */
export interface StudentResults {
	student: string;
	results: readonly Pick<Receipt['results'][number], 'questionId' | 'credit'>[];
}

/** A student's own follow-up: the questions they did not get fully right. */
export interface StudentFollowUp {
	student: string;
	assignment: Assignment;
}

/**
 * For each student, the questions of `order` (the assignment's, as the gradebook counts them)
 * they did not get fully right, in that order. A student who got every one right is left out.
 */
export function missedBy(
	order: readonly string[],
	students: readonly StudentResults[]
): { student: string; questionIds: string[] }[] {
	return students.flatMap(({ student, results }) => {
		const credit = new Map(results.map((x) => [x.questionId, x.credit]));
		const questionIds = order.filter((id) => (credit.get(id) ?? 0) < 1);
		return questionIds.length ? [{ student, questionIds }] : [];
	});
}

/**
 * A follow-up for each student who missed something, titled "<title>: follow-up for <student>"
 * (the title shortened, never the name, to fit), each under an id of its own. Each is made a
 * millisecond before the one of the student after, so a list of the newest first (the Teach
 * page's) keeps the students' order.
 */
export function followUpEach(
	a: Assignment,
	order: readonly string[],
	students: readonly StudentResults[],
	newId: () => string,
	now: number
): StudentFollowUp[] {
	return missedBy(order, students).map(({ student, questionIds }, i) => ({
		student,
		assignment: followUp(
			a,
			questionIds,
			newId(),
			now - i,
			`${SUFFIX} for ${cut(student, MAX_NAME)}`
		)
	}));
}
