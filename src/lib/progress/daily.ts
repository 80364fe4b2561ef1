/** A small daily goal: answers a day, modest enough for a bus ride. */
export const DAILY_GOAL = 10;

/** Today's answers and the run of days with answers that ends today or yesterday. */
export interface DayActivity {
	today: number;
	/** Consecutive days with answers, counting today once it has any. */
	streak: number;
}

/**
 * A gentle word about the day, closer to Khan than to Duolingo: what the goal needs, and a
 * reminder before a streak breaks, never a scolding.
 */
export function dayWord(a: DayActivity, goal = DAILY_GOAL): string {
	if (a.today === 0 && a.streak > 0)
		return `Answer one question today to keep your ${a.streak}-day streak.`;
	if (a.today === 0) return 'Answer a question to start a streak.';
	if (a.today < goal) {
		const left = goal - a.today;
		return `${left} more ${left === 1 ? 'answer' : 'answers'} to reach today's goal.`;
	}
	return "Today's goal reached. See you tomorrow!";
}
