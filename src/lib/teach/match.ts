// Whether a receipt is a result of the assignment it names: the same questions (in any order,
// since they may be shuffled) and no more attempts than allowed. Plain code, no decoding, so
// the gradebook can use it at first load.
import type { Assignment } from './assignment';
import type { Receipt } from './receipt';
import { visibleText } from '$lib/text/visible';

/**
 * Same when the results are exactly the assignment's questions, each once; `matching` counts
 * shared ids. With `known`, the questions this version of the pack has: an assignment made
 * before a new edition removed some of its questions is done without them on an updated
 * device, so those may be missing from a result (and are still accepted from one not updated).
 */
export function questionsMatch(
	questionIds: readonly string[],
	results: readonly Pick<Receipt['results'][number], 'questionId'>[],
	known?: ReadonlySet<string>
): { same: boolean; matching: number } {
	const wanted = new Set(questionIds);
	const got = new Set(results.map((x) => x.questionId));
	const matching = [...got].filter((id) => wanted.has(id)).length;
	const required = known ? questionIds.filter((id) => known.has(id)) : questionIds;
	const same =
		got.size === results.length && matching === got.size && required.every((id) => got.has(id));
	return { same, matching };
}

/**
 * Why a receipt does not belong in its assignment's gradebook, in words for the teacher; null
 * when it does. `attempts: false` leaves the attempts out (a stored receipt stays counted when
 * the teacher later lowers the attempts allowed); `known` as for `questionsMatch`.
 */
export function receiptMismatch(
	a: Pick<Assignment, 'title' | 'questionIds' | 'attemptsAllowed'>,
	r: Pick<Receipt, 'results' | 'attemptsUsed'>,
	{ attempts = true, known }: { attempts?: boolean; known?: ReadonlySet<string> } = {}
): string | null {
	const { same, matching } = questionsMatch(a.questionIds, r.results, known);
	if (!same) {
		return `This result is for different questions than “${visibleText(a.title)}” (${matching} of ${a.questionIds.length} match): it may come from an earlier version of the assignment. Ask the student to open the current link and send a new result.`;
	}
	if (attempts && a.attemptsAllowed !== 0 && r.attemptsUsed > a.attemptsAllowed) {
		return `This result says ${r.attemptsUsed} attempts were used, but “${visibleText(a.title)}” allows ${a.attemptsAllowed}. Ask the student to send the result of an allowed attempt.`;
	}
	return null;
}
