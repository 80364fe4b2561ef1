import type { Attempt } from '$lib/quiz/attempt';
import { newAttempt, type Session, type SessionRequest } from '$lib/quiz/session';
import { memoryStore, type QuizStore } from '$lib/quiz/store';
import { attemptResponses, getAttempt, openAttempt, saveAttempt } from './attempts';
import { storageHealth } from './health.svelte';
import { activeProfile } from './profiles';
import { dbQuizStore } from './quiz-store';
import { storageFailureKind } from './storage-error';

/** Resumes the learner's unfinished attempt at a set in a mode, or starts one. */
export async function openSession(req: SessionRequest): Promise<Session> {
	try {
		const profile = await activeProfile();
		const named = req.attemptId ? await getAttempt(req.attemptId) : undefined;
		const mine =
			named && named.profileId === profile.id && named.setId === req.setId ? named : undefined;
		const open =
			mine ?? (req.fresh ? undefined : await openAttempt(profile.id, req.setId, req.mode));
		if (open)
			return {
				attempt: open,
				responses: await attemptResponses(open.id),
				store: dbQuizStore(),
				persistent: true
			};
		const attempt = newAttempt(profile.id, req);
		await saveAttempt(attempt);
		return { attempt, responses: [], store: dbQuizStore(), persistent: true };
	} catch {
		return {
			attempt: newAttempt('guest', req),
			responses: [],
			store: memoryStore(),
			persistent: false
		};
	}
}

/** Where a first visit's attempt was kept, and under which learner. */
export interface Kept {
	store: QuizStore;
	profileId: string;
}

/**
 * Saves the attempt a first visit started before the database code loaded, under the active
 * learner (created now, with the attempt's learner id, when there is none). Refused storage
 * leaves the quiz in memory and says so, as `openSession` does.
 */
export async function keepFirstAttempt(attempt: Attempt): Promise<Kept> {
	try {
		const profile = await activeProfile(undefined, attempt.profileId);
		await saveAttempt({ ...attempt, profileId: profile.id });
		return { store: dbQuizStore(), profileId: profile.id };
	} catch (error) {
		storageHealth.fail(storageFailureKind(error));
		return { store: memoryStore(), profileId: attempt.profileId };
	}
}
