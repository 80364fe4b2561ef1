// What a decoded receipt must make sense as, beyond each field's type: the numbers agree with
// each other and with the calendar, and a name is there to read. Plain code, no decoding.
import { hasVisible } from '$lib/text/visible';
import type { Receipt } from './receipt';

const DAY = 24 * 60 * 60 * 1000;
/** No Chipwise receipt was made before this. */
export const EARLIEST_RECEIPT = Date.UTC(2023, 0, 1);
/** Clocks differ between devices; a finish up to a day ahead of the teacher's is accepted. */
export const CLOCK_SLACK_MS = DAY;
/** Time is measured per question and rounded: it may run a little over start to finish. */
export const TIME_SLACK_MS = 5_000;
export const MAX_ATTEMPTS_USED = 100;

const UNREADABLE =
	"This receipt doesn't hold a result Chipwise can read. Ask the student to send it again.";

function scoresAgree(r: Receipt): boolean {
	const sum = r.results.reduce((s, x) => s + x.credit, 0);
	const ids = new Set(r.results.map((x) => x.questionId));
	return (
		r.score.total === r.results.length &&
		ids.size === r.results.length &&
		Math.abs(r.score.credit - sum) <= 0.01 &&
		Math.abs(r.score.percent - (sum / r.score.total) * 100) <= 1
	);
}

/** Why a receipt cannot be right, in words for the teacher; null when it can be. */
export function receiptProblem(r: Receipt, now: number): string | null {
	if (!scoresAgree(r)) return UNREADABLE;
	if (!Number.isInteger(r.attemptsUsed) || r.attemptsUsed < 1) return UNREADABLE;
	if (r.attemptsUsed > MAX_ATTEMPTS_USED) return UNREADABLE;
	if (!hasVisible(r.student)) {
		return 'This receipt has no student name that can be read. Ask the student to enter their name and send the result again.';
	}
	if (
		!(r.startedAt >= EARLIEST_RECEIPT) ||
		!(r.finishedAt >= r.startedAt) ||
		!(r.finishedAt <= now + CLOCK_SLACK_MS)
	) {
		return 'The dates in this receipt are not possible (before 2023, in the future, or finished before it started). Check the clock of the student’s device and ask them to send it again.';
	}
	if (!(r.timeMs >= 0) || r.timeMs > r.finishedAt - r.startedAt + TIME_SLACK_MS) {
		return 'The time taken in this receipt is longer than the time from its start to its finish, so it cannot be right. Ask the student to send it again.';
	}
	return null;
}
