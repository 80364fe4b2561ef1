// Where right answers sit in a pack's own option lists. The player shuffles options, but a
// teacher may turn shuffling off: then an answer found by its place would give the rest away.
import type { Pack, Question } from './schema';

/** The largest share of a pack's choice questions that may have the right answer in one place. */
export const MAX_SHARE_IN_ONE_PLACE = 0.5;
/** The largest share whose right answer may be the one longest option (chance is about 1 in 4). */
export const MAX_SHARE_LONGEST = 1 / 3;

const ordinal = (n: number) => ['first', 'second', 'third', 'fourth', 'fifth'][n] ?? `${n + 1}th`;

/**
 * Problems with where the right answers sit: one option's place holding the answer of more
 * than half the single-answer and "who said" questions, or more than half the multiple-answer
 * questions having their answers first in the list.
 */
export function keyPlacement(pack: Pack): string[] {
	const questions: Question[] = pack.modules.flatMap((m) => m.questions);
	const problems: string[] = [];
	const single = questions.flatMap((q) =>
		q.type === 'single' || q.type === 'whosaid' ? [q.options.indexOf(q.answer)] : []
	);
	const counts = new Map<number, number>();
	for (const at of single) counts.set(at, (counts.get(at) ?? 0) + 1);
	for (const [at, count] of counts) {
		if (single.length > 1 && count / single.length > MAX_SHARE_IN_ONE_PLACE) {
			problems.push(
				`the right answer is the ${ordinal(at)} option in ${count} of ${single.length} single-answer and "who said" questions: vary its place`
			);
		}
	}
	const multi = questions.flatMap((q) => (q.type === 'multi' ? [q] : []));
	const first = multi.filter((q) =>
		q.options.slice(0, q.answers.length).every((o) => q.answers.includes(o))
	).length;
	if (multi.length > 1 && first / multi.length > MAX_SHARE_IN_ONE_PLACE) {
		problems.push(
			`the right answers come first in ${first} of ${multi.length} multiple-answer questions: vary their places`
		);
	}
	problems.push(...giveaways(questions));
	return problems;
}

/**
 * Cues a test-wise learner reads without the article: the right answer as the one longest
 * option in more than a third of the single-answer questions, or every multiple-answer question
 * with the same number of right answers.
 */
function giveaways(questions: readonly Question[]): string[] {
	const problems: string[] = [];
	const single = questions.flatMap((q) => (q.type === 'single' || q.type === 'whosaid' ? [q] : []));
	const longest = single.filter((q) => {
		const others = q.options.filter((o) => o !== q.answer).map((o) => o.length);
		return q.answer.length > Math.max(...others);
	}).length;
	if (single.length > 2 && longest / single.length > MAX_SHARE_LONGEST) {
		problems.push(
			`the right answer is the longest option in ${longest} of ${single.length} single-answer and "who said" questions: even out the lengths`
		);
	}
	const counts = new Set(questions.flatMap((q) => (q.type === 'multi' ? [q.answers.length] : [])));
	const multi = questions.filter((q) => q.type === 'multi').length;
	if (multi > 3 && counts.size === 1) {
		const n = [...counts][0] ?? 0;
		problems.push(
			`every multiple-answer question has ${n} right answer${n === 1 ? '' : 's'}: vary how many`
		);
	}
	return problems;
}
