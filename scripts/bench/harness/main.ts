// The storage benchmark's page: runs the app's own database and progress modules in a real
// browser and returns timings to scripts/bench/storage.js (through `window.bench`), each beside
// the same work on bare IndexedDB (bare.ts).
import { recordResponse, saveAttempt } from '$lib/db/attempts';
import { ChipwiseDB } from '$lib/db/db';
import { responsesBy } from '$lib/db/reads';
import { fetchPack } from '$lib/content/client';
import { computeDashboard } from '$lib/progress/dashboard';
import { createAttempt, responseId, type Attempt, type Response } from '$lib/quiz/attempt';
import { barePass, barePut, bareRecordResponse, freshBareDb, openBareDb } from './bare';
import { assignmentPath, gradebookImport, seedGradebook } from './teach';
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
 * response, its review card and the attempt in one transaction), in sets of 10 questions; each
 * call beside the same writes on bare IndexedDB in a second database, taking turns at going
 * first. Returns the time of each call, in milliseconds.
 */
async function answerWrites(count: number): Promise<{ app: number[]; bare: number[] }> {
	const pack = await fetchPack();
	const ids = questionIds(pack);
	const db = await freshDb('chipwise-bench-answers');
	const idb = await freshBareDb('chipwise-bench-answers-bare');
	const rand = random(1);
	const start = Date.now() - count * 10_000;
	const times = { app: [] as number[], bare: [] as number[] };
	const timed = async (into: number[], write: () => Promise<unknown>) => {
		const t0 = performance.now();
		await write();
		into.push(performance.now() - t0);
	};
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
			await barePut(idb, 'attempts', attempt);
		}
		const current = attempt as Attempt;
		const questionId = current.queue[i % 10] ?? '';
		const response = answer(current, questionId, start + i * 10_000, rand);
		const app = () => timed(times.app, () => recordResponse(response, db));
		const bare = () => timed(times.bare, () => bareRecordResponse(idb, response));
		for (const write of i % 2 ? [bare, app] : [app, bare]) await write();
	}
	db.close();
	idb.close();
	await ChipwiseDB.delete(db.name);
	await ChipwiseDB.delete(idb.name);
	return times;
}

/**
 * Progress over `count` stored responses: the read Progress makes (`responsesBy`) and
 * `computeDashboard` over what it returns, from a freshly opened database; and beside it, on
 * the same rows, a raw `getAll` and one plain loop (`barePass`), first or second as asked.
 */
async function dashboard(count: number, bareFirst: boolean) {
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
	const app = async () => {
		const db = new ChipwiseDB(name);
		await db.open();
		const t0 = performance.now();
		const responses = await responsesBy(PROFILE)(db);
		const t1 = performance.now();
		const figures = computeDashboard(pack, responses, now);
		const t2 = performance.now();
		db.close();
		if (figures.answered !== count) throw new Error(`Read ${figures.answered} of ${count}`);
		return { readMs: t1 - t0, computeMs: t2 - t1, responses: figures.answered };
	};
	const bare = async () => {
		const idb = await openBareDb(name);
		const pass = await barePass(idb, PROFILE);
		idb.close();
		if (pass.rows !== count) throw new Error(`Read ${pass.rows} of ${count} bare`);
		return pass;
	};
	const bareBefore = bareFirst ? await bare() : null;
	const figures = await app();
	const bareFigures = bareBefore ?? (await bare());
	await ChipwiseDB.delete(name);
	return { ...figures, bare: bareFigures };
}

declare global {
	interface Window {
		bench: {
			answerWrites: typeof answerWrites;
			dashboard: typeof dashboard;
			gradebookImport: typeof gradebookImport;
			seedGradebook: typeof seedGradebook;
			assignmentPath: typeof assignmentPath;
		};
	}
}

window.bench = { answerWrites, dashboard, gradebookImport, seedGradebook, assignmentPath };
