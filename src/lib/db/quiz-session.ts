import { createAttempt, type Attempt, type Mode, type Response } from '$lib/quiz/attempt';
import { newSeed } from '$lib/quiz/random';
import { memoryStore, type QuizStore } from '$lib/quiz/store';
import { attemptResponses, getAttempt, openAttempt, saveAttempt } from './attempts';
import { activeProfile } from './profiles';
import { dbQuizStore } from './quiz-store';

export interface SessionRequest {
	setId: string;
	title: string;
	mode: Mode;
	questionIds: string[];
	moduleId: string | null;
	shuffle?: boolean;
	/** Start over even when an unfinished attempt exists (a retry of missed questions). */
	fresh?: boolean;
	/** Open this attempt (finished or not), as a results link or a reload does. */
	attemptId?: string | null;
}

export interface Session {
	attempt: Attempt;
	responses: Response[];
	store: QuizStore;
	/** False when the browser refused storage: the quiz runs, but nothing is kept. */
	persistent: boolean;
}

function newAttempt(profileId: string, req: SessionRequest): Attempt {
	return createAttempt({
		id: crypto.randomUUID(),
		profileId,
		setId: req.setId,
		title: req.title,
		mode: req.mode,
		seed: newSeed(),
		questionIds: req.questionIds,
		shuffle: req.shuffle ?? true,
		moduleId: req.moduleId,
		now: Date.now()
	});
}

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
