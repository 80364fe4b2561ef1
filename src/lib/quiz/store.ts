import type { Growth } from '$lib/progress/growth';
import type { Attempt, Draft, Response } from './attempt';

/** An attempt as its store holds it, with every checked answer: what a second tab may have changed. */
export interface Stored {
	attempt: Attempt;
	responses: Response[];
}

/** Where a quiz keeps its state: IndexedDB normally, memory when the browser refuses storage. */
export interface QuizStore {
	save(attempt: Attempt): Promise<void>;
	saveDraft(attemptId: string, questionId: string, draft: Draft): Promise<void>;
	move(attemptId: string, position: number): Promise<void>;
	/** Keeps a checked answer unless that answer was checked already; returns what is stored. */
	record(response: Response): Promise<Stored | null>;
	/** Submits a test unless it was submitted already; returns what is stored. */
	submit(attemptId: string, responses: Response[], now: number): Promise<Stored | null>;
	finish(attemptId: string, now: number): Promise<void>;
	/** What a finished attempt grew, from all its learner's answers; absent where none are kept. */
	growth?(attempt: Attempt): Promise<Growth>;
}

/** A store that keeps nothing past this page: used when IndexedDB is unavailable. */
export function memoryStore(): QuizStore {
	return {
		save: async () => {},
		saveDraft: async () => {},
		move: async () => {},
		record: async () => null,
		submit: async () => null,
		finish: async () => {}
	};
}
