import type { Attempt, Draft, Response } from './attempt';

/** Where a quiz keeps its state: IndexedDB normally, memory when the browser refuses storage. */
export interface QuizStore {
	save(attempt: Attempt): Promise<void>;
	saveDraft(attemptId: string, questionId: string, draft: Draft): Promise<void>;
	move(attemptId: string, position: number): Promise<void>;
	record(response: Response, next: { queue: string[] }): Promise<void>;
	submit(attemptId: string, responses: Response[], now: number): Promise<void>;
	finish(attemptId: string, now: number): Promise<void>;
}

/** A store that keeps nothing past this page: used when IndexedDB is unavailable. */
export function memoryStore(): QuizStore {
	return {
		save: async () => {},
		saveDraft: async () => {},
		move: async () => {},
		record: async () => {},
		submit: async () => {},
		finish: async () => {}
	};
}
