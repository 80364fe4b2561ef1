// What a finished set grew, read for its results screen: every answer of its learner, with the
// pack's objectives for each question. Loaded only when a results screen shows.
import { fetchObjectives } from '$lib/content/objectives-client';
import { growthOf, type Growth } from '$lib/progress/growth';
import type { Attempt } from '$lib/quiz/attempt';
import { getDb } from './db';

/** Starts reading what `growthAfter` needs from the pack, for a results screen about to open. */
export function prepareGrowth(): void {
	fetchObjectives().catch(() => {
		// growthAfter asks again, and its caller says what went wrong.
	});
}

export async function growthAfter(attempt: Attempt, now = Date.now()): Promise<Growth> {
	const [responses, objectives] = await Promise.all([
		getDb().responses.where('profileId').equals(attempt.profileId).toArray(),
		fetchObjectives()
	]);
	return growthOf({
		attemptId: attempt.id,
		responses,
		objectivesOf: (id) => objectives.get(id) ?? [],
		now
	});
}
