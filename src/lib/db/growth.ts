// What a finished set grew, read for its results screen: every answer of its learner, with the
// pack's objectives for each question. Loaded only when a results screen shows.
import { fetchPack } from '$lib/content/client';
import { growthOf, type Growth } from '$lib/progress/growth';
import type { Attempt } from '$lib/quiz/attempt';
import { getDb } from './db';

export async function growthAfter(attempt: Attempt, now = Date.now()): Promise<Growth> {
	const [responses, pack] = await Promise.all([
		getDb().responses.where('profileId').equals(attempt.profileId).toArray(),
		fetchPack()
	]);
	const objectives = new Map<string, readonly string[]>();
	for (const m of pack.modules) for (const q of m.questions) objectives.set(q.id, q.objectives);
	return growthOf({
		attemptId: attempt.id,
		responses,
		objectivesOf: (id) => objectives.get(id) ?? [],
		now
	});
}
