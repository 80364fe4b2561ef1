// The storage benchmark's floor: the same work as the app's storage code, on the raw IndexedDB
// API (no Dexie), on a database with the same stores and indexes. What the app adds on top of
// this is what its budgets limit (see README "Performance").
import { retentionKey } from '$lib/db/reads';
import { clampRetention } from '$lib/progress/retention';
import { reviewCard, type StoredCard } from '$lib/progress/review-card';
import { queueWithRetry, type Attempt, type Response } from '$lib/quiz/attempt';
import { freshDb } from './util';

/** One request's result as a promise (awaiting it keeps the transaction active). */
function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

/** A new, empty database under `name` with the app's schema (made once by Dexie), opened raw. */
export async function freshBareDb(name: string): Promise<IDBDatabase> {
	(await freshDb(name)).close();
	return openBareDb(name);
}

/** An existing database, opened raw at its current version. */
export const openBareDb = (name: string): Promise<IDBDatabase> => request(indexedDB.open(name));

/** Writes a row in one transaction, as `saveAttempt` does. */
export function barePut(idb: IDBDatabase, store: string, row: unknown): Promise<void> {
	const tx = idb.transaction(store, 'readwrite');
	tx.objectStore(store).put(row);
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = tx.onabort = () => reject(tx.error);
	});
}

/**
 * What `recordResponse` reads and writes, in one readwrite transaction: the response (unless
 * already there), its review card (with the learner's retention setting), the attempt's new
 * queue, then the attempt's responses. Resolves when the transaction has committed.
 */
export function bareRecordResponse(idb: IDBDatabase, response: Response) {
	const tx = idb.transaction(['attempts', 'responses', 'cards', 'settings'], 'readwrite');
	const done = new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = tx.onabort = () => reject(tx.error);
	});
	const work = (async () => {
		const responses = tx.objectStore('responses');
		const already = await request(responses.get(response.id));
		if (!already) {
			responses.add(response);
			const key = retentionKey(response.profileId);
			const setting = await request(tx.objectStore('settings').get(key));
			const cards = tx.objectStore('cards');
			const card: StoredCard | undefined = await request(
				cards.get([response.profileId, response.questionId])
			);
			cards.put(reviewCard(card, response, clampRetention(setting?.value)));
		}
		const attempts = tx.objectStore('attempts');
		const attempt: Attempt | undefined = await request(attempts.get(response.attemptId));
		if (!attempt) throw new Error(`No attempt ${response.attemptId}`);
		if (!already) attempt.queue = queueWithRetry(attempt.queue, attempt.mode, response);
		delete attempt.drafts[response.questionId];
		attempt.updatedAt = response.answeredAt;
		attempts.put(attempt);
		const rows: Response[] = await request(responses.index('attemptId').getAll(response.attemptId));
		return { attempt, responses: rows };
	})();
	work.catch(() => {
		try {
			tx.abort();
		} catch {
			// The transaction has already ended.
		}
	});
	return Promise.all([work, done]).then(([result]) => result);
}

/**
 * The dashboard's floor: every response of a learner with one `getAll` on the profile index,
 * and one plain loop counting answers and correct answers per question.
 */
export async function barePass(idb: IDBDatabase, profileId: string) {
	const t0 = performance.now();
	const store = idb.transaction('responses', 'readonly').objectStore('responses');
	const rows: Response[] = await request(store.index('profileId').getAll(profileId));
	const t1 = performance.now();
	const perQuestion = new Map<string, { answered: number; correct: number }>();
	for (const r of rows) {
		let q = perQuestion.get(r.questionId);
		if (!q) perQuestion.set(r.questionId, (q = { answered: 0, correct: 0 }));
		q.answered += 1;
		if (r.correct) q.correct += 1;
	}
	const t2 = performance.now();
	return { readMs: t1 - t0, passMs: t2 - t1, rows: rows.length, questions: perQuestion.size };
}
