import type { QuizStore } from '$lib/quiz/store';
import * as attempts from './attempts';
import { getDb } from './db';

/** The quiz store backed by IndexedDB. */
export function dbQuizStore(): QuizStore {
	const db = getDb();
	return {
		save: (a) => attempts.saveAttempt(a, db),
		saveDraft: async (id, qid, draft) => void (await attempts.saveDraft(id, qid, draft, db)),
		move: async (id, position) => void (await attempts.movePosition(id, position, db)),
		record: (response) => attempts.recordResponse(response, db),
		submit: (id, responses, now) => attempts.submitAttempt(id, responses, db, now),
		finish: async (id, now) => void (await attempts.finishAttempt(id, db, now)),
		growth: async (a) => (await import('./growth')).growthAfter(a)
	};
}
