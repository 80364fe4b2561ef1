// "Assign again": a follow-up of the questions a class missed most, made from the gradebook's
// figures in one step. Plain code: the gradebook's page uses it as it is.
import type { Assignment } from './assignment';
import type { QuestionStat } from './gradebook';
import { MAX_TITLE } from './limits';

const SUFFIX = ': follow-up';
/** With no question under the pass mark, the weakest few still make a useful follow-up. */
const AT_LEAST = 3;

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
	now: number
): Assignment {
	const title = [...a.title].slice(0, MAX_TITLE - SUFFIX.length).join('') + SUFFIX;
	return { ...a, id, title, questionIds: [...questionIds], due: null, createdAt: now };
}
