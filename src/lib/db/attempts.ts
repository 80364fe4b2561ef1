import { clampRetention } from '$lib/progress/retention';
import { reviewCard } from '$lib/progress/review-card';
import {
	queueWithRetry,
	type Attempt,
	type Draft,
	type Mode,
	type Response
} from '$lib/quiz/attempt';
import { getDb, type ChipwiseDB } from './db';
import { retentionKey } from './reads';

/** Moves each answered question's review card on; runs inside the caller's transaction. */
async function updateCards(db: ChipwiseDB, responses: readonly Response[]) {
	for (const r of responses) {
		const retention = clampRetention((await db.settings.get(retentionKey(r.profileId)))?.value);
		const card = await db.cards.get([r.profileId, r.questionId]);
		await db.cards.put(reviewCard(card, r, retention));
	}
}

export async function saveAttempt(attempt: Attempt, db: ChipwiseDB = getDb()): Promise<void> {
	await db.attempts.put(attempt);
}

export function getAttempt(id: string, db: ChipwiseDB = getDb()): Promise<Attempt | undefined> {
	return db.attempts.get(id);
}

/** The newest unfinished attempt at a set in a mode, to resume it. */
export async function openAttempt(
	profileId: string,
	setId: string,
	mode: Mode,
	db: ChipwiseDB = getDb()
): Promise<Attempt | undefined> {
	const rows = await db.attempts.where({ profileId, setId }).toArray();
	return rows
		.filter((a) => a.finishedAt === null && a.mode === mode)
		.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

async function change(
	db: ChipwiseDB,
	id: string,
	edit: (a: Attempt) => void,
	now: number
): Promise<Attempt> {
	const attempt = await db.attempts.get(id);
	if (!attempt) throw new Error(`No attempt ${id}`);
	edit(attempt);
	attempt.updatedAt = now;
	await db.attempts.put(attempt);
	return attempt;
}

/** Keeps an answer as it is given, before it is checked. */
export function saveDraft(
	attemptId: string,
	questionId: string,
	draft: Draft,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<Attempt> {
	return db.transaction('rw', db.attempts, () =>
		change(db, attemptId, (a) => void (a.drafts[questionId] = draft), now)
	);
}

/** Moves the attempt to a position in its queue (the next question). */
export function movePosition(
	attemptId: string,
	position: number,
	db: ChipwiseDB = getDb(),
	now = Date.now()
) {
	return db.transaction('rw', db.attempts, () =>
		change(db, attemptId, (a) => void (a.position = position), now)
	);
}

/** An attempt as stored, with every checked answer it holds. */
export interface StoredAttempt {
	attempt: Attempt;
	responses: Response[];
}

/**
 * Records a checked answer, its review card and the attempt's new state in one transaction:
 * all land or none. It is compare-and-set: when that answer was already checked (the same
 * question and round in another tab), the first one stands and nothing moves. The queue is
 * the stored one, with the retry a first-pass miss earns, never a caller's copy of it.
 */
export function recordResponse(
	response: Response,
	db: ChipwiseDB = getDb()
): Promise<StoredAttempt> {
	const { id, attemptId, profileId, questionId } = response;
	return db.transaction('rw', [db.attempts, db.responses, db.cards, db.settings], async () => {
		// Every read goes out at once and the writes follow without waiting on one another: the
		// transaction runs them in order, so the last read sees them, and it fails as a whole if
		// any of them fails.
		const [already, attempt, setting, card] = await Promise.all([
			db.responses.get(id),
			db.attempts.get(attemptId),
			db.settings.get(retentionKey(profileId)),
			db.cards.get([profileId, questionId])
		]);
		if (!attempt) throw new Error(`No attempt ${attemptId}`);
		const writes: Promise<unknown>[] = [];
		if (!already) {
			const retention = clampRetention(setting?.value);
			writes.push(db.responses.add(response), db.cards.put(reviewCard(card, response, retention)));
			attempt.queue = queueWithRetry(attempt.queue, attempt.mode, response);
		}
		delete attempt.drafts[questionId];
		attempt.updatedAt = response.answeredAt;
		writes.push(db.attempts.put(attempt));
		const [responses] = await Promise.all([attemptResponses(attemptId, db), ...writes]);
		return { attempt, responses };
	});
}

/**
 * Submits a test: every response, their cards and the finished attempt in one transaction.
 * A test already submitted (in another tab) keeps its first submission.
 */
export function submitAttempt(
	attemptId: string,
	responses: Response[],
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<StoredAttempt> {
	return db.transaction('rw', [db.attempts, db.responses, db.cards, db.settings], async () => {
		const stored = await db.attempts.get(attemptId);
		let attempt: Attempt;
		if (stored?.finishedAt !== null) attempt = await change(db, attemptId, () => {}, now);
		else {
			await db.responses.bulkPut(responses);
			await updateCards(db, responses);
			attempt = await change(
				db,
				attemptId,
				(a) => {
					a.drafts = {};
					a.finishedAt = now;
				},
				now
			);
		}
		return { attempt, responses: await attemptResponses(attemptId, db) };
	});
}

export function finishAttempt(
	attemptId: string,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<Attempt> {
	return db.transaction('rw', db.attempts, () =>
		change(db, attemptId, (a) => void (a.finishedAt ??= now), now)
	);
}

export function attemptResponses(attemptId: string, db: ChipwiseDB = getDb()): Promise<Response[]> {
	return db.responses.where('attemptId').equals(attemptId).toArray();
}
