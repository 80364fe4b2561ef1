// The storage benchmark's page: runs the app's own database and progress modules in a real
// browser and returns timings to scripts/bench/storage.js (through `window.bench`).
import { recordResponse, responseId, saveAttempt } from '$lib/db/attempts';
import { ChipwiseDB } from '$lib/db/db';
import { responsesBy } from '$lib/db/reads';
import { fetchPack } from '$lib/content/client';
import { computeDashboard } from '$lib/progress/dashboard';
import { createAttempt, type Attempt, type Response } from '$lib/quiz/attempt';
import { gradebookImport, seedGradebook } from './teach';
import { freshDb, PROFILE, questionIds, random } from './util';

const DAY = 24 * 60 * 60 * 1000;

function answer(attempt: Attempt, questionId: string, at: number, rand: () => number): Response {
	const correct = rand() < 0.7;
	return {
		id: responseId(attempt.id, questionId, 0),
		attemptId: attempt.id,
		profileId: PROFILE,
		questionId,
		round: 0,
		answer: { type: 'single', choice: correct ? 'Micron' : 'Japan' },
		credit: correct ? 1 : 0,
		correct,
		hintUsed: false,
		timeMs: 4000 + Math.floor(rand() * 20_000),
		answeredAt: at
	};
}

/**
 * `count` answers recorded one by one, as the player records them (`recordResponse`: the
 * response, its review card and the attempt in one transaction), in sets of 10 questions.
 * Returns the time of each call, in milliseconds.
 */
async function answerWrites(count: number): Promise<number[]> {
	const pack = await fetchPack();
	const ids = questionIds(pack);
	const db = await freshDb('chipwise-bench-answers');
	const rand = random(1);
	const start = Date.now() - count * 10_000;
	const times: number[] = [];
	let attempt: Attempt | null = null;
	for (let i = 0; i < count; i += 1) {
		if (i % 10 === 0) {
			const first = (i / 10) * 7;
			attempt = createAttempt({
				id: `bench-attempt-${i / 10}`,
				profileId: PROFILE,
				setId: null,
				title: 'Benchmark set',
				mode: 'practice',
				seed: i,
				questionIds: Array.from({ length: 10 }, (_, k) => ids[(first + k) % ids.length] ?? ''),
				shuffle: false,
				moduleId: null,
				now: start + i * 10_000
			});
			await saveAttempt(attempt, db);
		}
		const current = attempt as Attempt;
		const questionId = current.queue[i % 10] ?? '';
		const response = answer(current, questionId, start + i * 10_000, rand);
		const t0 = performance.now();
		await recordResponse(response, db);
		times.push(performance.now() - t0);
	}
	db.close();
	await ChipwiseDB.delete(db.name);
	return times;
}

/**
 * Progress over `count` stored responses: the read Progress makes (`responsesBy`) and
 * `computeDashboard` over what it returns, from a freshly opened database.
 */
async function dashboard(count: number) {
	const pack = await fetchPack();
	const ids = questionIds(pack);
	const name = 'chipwise-bench-dashboard';
	const seedDb = await freshDb(name);
	const rand = random(2);
	const now = Date.now();
	const batch: Response[] = [];
	for (let i = 0; i < count; i += 1) {
		const attemptId = `bench-attempt-${Math.floor(i / 10)}`;
		const questionId = ids[Math.floor(rand() * ids.length)] ?? '';
		const at = now - Math.floor(rand() * 365 * DAY);
		const r = answer({ id: attemptId } as Attempt, questionId, at, rand);
		batch.push({ ...r, id: `${attemptId}:${questionId}:${i}` });
		if (batch.length === 5000 || i === count - 1) await seedDb.responses.bulkPut(batch.splice(0));
	}
	seedDb.close();
	const db = new ChipwiseDB(name);
	await db.open();
	const t0 = performance.now();
	const responses = await responsesBy(PROFILE)(db);
	const t1 = performance.now();
	const figures = computeDashboard(pack, responses, now);
	const t2 = performance.now();
	db.close();
	await ChipwiseDB.delete(name);
	if (figures.answered !== count) throw new Error(`Read ${figures.answered} of ${count} responses`);
	return { readMs: t1 - t0, computeMs: t2 - t1, responses: figures.answered };
}

declare global {
	interface Window {
		bench: {
			answerWrites: typeof answerWrites;
			dashboard: typeof dashboard;
			gradebookImport: typeof gradebookImport;
			seedGradebook: typeof seedGradebook;
		};
	}
}

window.bench = { answerWrites, dashboard, gradebookImport, seedGradebook };
