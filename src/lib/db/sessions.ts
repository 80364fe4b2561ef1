// Opening the player's sessions: a set in a mode, any list of questions, a first visit's
// attempt kept at its first write. Loaded when a page opens or keeps one.
import { createAttempt, type Attempt, type Mode } from '$lib/quiz/attempt';
import { newSeed } from '$lib/quiz/random';
import { newAttempt, type Session, type SessionRequest } from '$lib/quiz/session';
import { memoryStore, type QuizStore } from '$lib/quiz/store';
import type { Assignment } from '$lib/teach/assignment';
import { attemptResponses, getAttempt, openAttempt, saveAttempt } from './attempts';
import { getDb } from './db';
import { storageHealth } from './health.svelte';
import { activeProfile } from './profiles';
import { dbQuizStore } from './quiz-store';
import { storageFailureKind } from './storage-error';

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
	/** A pack on this device that the questions come from (not the built-in one). */
	packId?: string;
}): Promise<Attempt> {
	const profile = await activeProfile();
	if (init.resume !== false) {
		const open = await openAttempt(profile.id, init.kind, init.mode);
		const samePack = (open?.packId ?? null) === (init.packId ?? null);
		if (open && samePack && (init.resumable?.(open) ?? true)) return open;
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
	if (init.packId) attempt.packId = init.packId;
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
