import { createAttempt, type Attempt, type Mode } from '$lib/quiz/attempt';
import { newSeed } from '$lib/quiz/random';
import type { Assignment } from '$lib/teach/assignment';
import { getAttempt, openAttempt, saveAttempt } from './attempts';
import { getDb } from './db';
import { activeProfile } from './profiles';

/**
 * Starts a session over any list of questions (a review, "practise these", a retry) and
 * returns its attempt, or resumes the unfinished one of the same kind.
 */
export async function startListSession(init: {
	kind: string;
	title: string;
	mode: Mode;
	questionIds: string[];
	resume?: boolean;
	assignmentId?: string | null;
	assignmentVersion?: string | null;
	shuffle?: boolean;
	/** Which unfinished attempt may be resumed (one of an assignment's current version). */
	resumable?: (a: Attempt) => boolean;
}): Promise<Attempt> {
	const profile = await activeProfile();
	if (init.resume !== false) {
		const open = await openAttempt(profile.id, init.kind, init.mode);
		if (open && (init.resumable?.(open) ?? true)) return open;
	}
	const attempt = createAttempt({
		id: crypto.randomUUID(),
		profileId: profile.id,
		setId: init.kind,
		title: init.title,
		mode: init.mode,
		seed: newSeed(),
		questionIds: init.questionIds,
		shuffle: init.shuffle ?? true,
		moduleId: null,
		now: Date.now(),
		assignmentId: init.assignmentId ?? null,
		assignmentVersion: init.assignmentVersion ?? null
	});
	await saveAttempt(attempt);
	return attempt;
}

/** The assignment a learner's attempt was made from, as they last received it; null if none. */
export async function assignmentOfAttempt(
	profileId: string,
	attemptId: string
): Promise<Assignment | null> {
	const attempt = await getAttempt(attemptId);
	if (!attempt?.assignmentId || attempt.profileId !== profileId) return null;
	const row = await getDb().received.get([profileId, attempt.assignmentId]);
	return row?.assignment ?? null;
}
