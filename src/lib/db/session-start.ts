// Opening a quiz without the database code where nothing is stored yet: a first visit sees
// its first question at once, and the attempt is saved with the first thing worth keeping (an
// answer, a draft, a move), so a visitor who only looks costs the phone no storage work.
import type { Attempt, Response } from '$lib/quiz/attempt';
import {
	firstPracticeSeed,
	newAttempt,
	type Session,
	type SessionRequest
} from '$lib/quiz/session';
import type { QuizStore } from '$lib/quiz/store';
import type { Kept } from './sessions';
import { currentProfile } from './profile.svelte';
import { hasStoredData } from './presence';

/** Resumes or starts the attempt `req` asks for (see `openSession`), lightly on a first visit. */
export async function startSession(req: SessionRequest): Promise<Session> {
	if (!req.attemptId && !req.fresh && !(await hasStoredData())) return firstVisitSession(req);
	const { openSession } = await import('./sessions');
	return openSession(req);
}

/**
 * The session of a browser that holds nothing yet, at once. A practice follows the set's
 * fixed first order (`firstPracticeSeed`), the one its prerendered page shows.
 */
export function firstVisitSession(req: SessionRequest): Session {
	const seed = req.mode === 'practice' ? firstPracticeSeed(req.setId) : undefined;
	const attempt = newAttempt(crypto.randomUUID(), { ...req, seed: req.seed ?? seed });
	return { attempt, responses: [], store: firstVisitStore(attempt), persistent: true };
}

const own = <T extends { profileId: string }>(row: T, profileId: string): T =>
	row.profileId === profileId ? row : { ...row, profileId };

/**
 * A first visit's store: the database code loads at the first write, keeps the attempt, then
 * takes every write in order. Rows carry the learner the database holds, should another tab
 * have created one first. The feedback a write follows is already on screen by then.
 */
function firstVisitStore(attempt: Attempt): QuizStore {
	let kept: Promise<Kept> | null = null;
	const open = () =>
		(kept ??= import('./sessions').then(async (m) => {
			const done = await m.keepFirstAttempt(attempt);
			// The learner exists now: the rest of the app may show their progress.
			void currentProfile.load();
			return done;
		}));
	const ownAll = (rows: Response[], id: string) => rows.map((r) => own(r, id));
	return {
		save: async (a) => {
			const k = await open();
			await k.store.save(own(a, k.profileId));
		},
		saveDraft: async (id, questionId, draft) =>
			(await open()).store.saveDraft(id, questionId, draft),
		move: async (id, position) => (await open()).store.move(id, position),
		record: async (response) => {
			const k = await open();
			return k.store.record(own(response, k.profileId));
		},
		submit: async (id, responses, now) => {
			const k = await open();
			return k.store.submit(id, ownAll(responses, k.profileId), now);
		},
		finish: async (id, now) => (await open()).store.finish(id, now),
		growth: async (a) => {
			const k = await open();
			const growth = k.store.growth;
			if (!growth) throw new Error('No progress is kept here.');
			return growth(own(a, k.profileId));
		}
	};
}
