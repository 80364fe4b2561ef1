import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAttempt, type Response } from '$lib/quiz/attempt';
import {
	attemptResponses,
	getAttempt,
	openAttempt,
	recordResponse,
	saveAttempt,
	saveDraft,
	submitAttempt
} from './attempts';
import type { ChipwiseDB } from './db';
import { freshDbEachTest } from '$lib/test/db';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh), 'attempts');

const attempt = (mode: 'practice' | 'test' = 'practice', now = 1) =>
	createAttempt({
		id: `att-${mode}-${now}`,
		profileId: 'p',
		setId: 'the-ban.basics',
		title: 'Basics',
		mode,
		seed: 1,
		questionIds: ['a', 'b'],
		shuffle: false,
		moduleId: 'the-ban',
		now
	});

const response = (attemptId: string, questionId: string, round = 0): Response => ({
	id: `${attemptId}:${questionId}:${round}`,
	attemptId,
	profileId: 'p',
	questionId,
	round,
	answer: { type: 'single', choice: 'Micron' },
	credit: 1,
	correct: true,
	hintUsed: false,
	timeMs: 500,
	answeredAt: 10
});

describe('attempts on the device', () => {
	it('finds the unfinished attempt at a set to resume, with its drafts', async () => {
		const a = attempt();
		await saveAttempt(a, db);
		await saveDraft(a.id, 'a', { answer: { type: 'single', choice: 'Japan' }, hintUsed: true }, db);
		const open = await openAttempt('p', 'the-ban.basics', 'practice', db);
		expect(open?.id).toBe(a.id);
		expect(open?.drafts.a).toEqual({ answer: { type: 'single', choice: 'Japan' }, hintUsed: true });
		expect(await openAttempt('p', 'the-ban.basics', 'test', db)).toBeUndefined();
	});

	it('records a response and the new queue together, and once even if sent twice', async () => {
		const a = attempt();
		await saveAttempt(a, db);
		await saveDraft(
			a.id,
			'a',
			{ answer: { type: 'single', choice: 'Micron' }, hintUsed: false },
			db
		);
		const miss = { ...response(a.id, 'a'), credit: 0, correct: false };
		await recordResponse(miss, db);
		await recordResponse(miss, db);
		expect(await attemptResponses(a.id, db)).toHaveLength(1);
		const saved = await getAttempt(a.id, db);
		expect(saved?.queue).toEqual(['a', 'b', 'a']);
		expect(saved?.drafts).toEqual({});
	});

	it('leaves nothing half-written when a response cannot be stored', async () => {
		const a = attempt();
		await saveAttempt(a, db);
		const bad = { ...response(a.id, 'a'), id: undefined } as unknown as Response;
		await expect(recordResponse(bad, db)).rejects.toThrow();
		expect((await getAttempt(a.id, db))?.queue).toEqual(['a', 'b']);
	});

	it('writes neither the answer nor the queue when its review card cannot be written', async () => {
		const a = attempt();
		await saveAttempt(a, db);
		const fail = () => {
			throw new Error('The card store refused the write');
		};
		db.cards.hook('creating', fail);
		try {
			await expect(recordResponse(response(a.id, 'a'), db)).rejects.toThrow('refused');
		} finally {
			db.cards.hook('creating').unsubscribe(fail);
		}
		expect(await attemptResponses(a.id, db)).toEqual([]);
		expect((await getAttempt(a.id, db))?.queue).toEqual(['a', 'b']);
	});

	it('keeps the first checked answer when a second tab checks the same question', async () => {
		const a = attempt();
		await saveAttempt(a, db);
		// Tab A checks a miss; tab B, opened before that, checks a right answer to the same question.
		const miss = { ...response(a.id, 'a'), credit: 0, correct: false, answeredAt: 10 };
		const right = { ...response(a.id, 'a'), answeredAt: 11 };
		const first = await recordResponse(miss, db);
		const second = await recordResponse(right, db);
		const stored = await attemptResponses(a.id, db);
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({ credit: 0, correct: false });
		expect(second.responses).toEqual(stored);
		// The retry A's miss queued stays, once.
		expect(first.attempt.queue).toEqual(['a', 'b', 'a']);
		expect((await getAttempt(a.id, db))?.queue).toEqual(['a', 'b', 'a']);
		const card = await db.cards.get(['p', 'a']);
		expect(card?.reps).toBe(1);
	});

	it('adds a retry to the stored queue, not to a stale copy of it', async () => {
		const a = attempt();
		await saveAttempt(a, db);
		await recordResponse({ ...response(a.id, 'a'), credit: 0, correct: false }, db);
		await recordResponse({ ...response(a.id, 'b'), credit: 0, correct: false }, db);
		expect((await getAttempt(a.id, db))?.queue).toEqual(['a', 'b', 'a', 'b']);
		// A retry answered wrongly again does not come back a third time.
		await recordResponse({ ...response(a.id, 'a', 1), credit: 0, correct: false }, db);
		expect((await getAttempt(a.id, db))?.queue).toEqual(['a', 'b', 'a', 'b']);
	});

	it('submits a test: all responses and the finish time at once', async () => {
		const a = attempt('test');
		await saveAttempt(a, db);
		await submitAttempt(a.id, [response(a.id, 'a'), response(a.id, 'b')], db, 99);
		expect(await attemptResponses(a.id, db)).toHaveLength(2);
		expect((await getAttempt(a.id, db))?.finishedAt).toBe(99);
		expect(await openAttempt('p', 'the-ban.basics', 'test', db)).toBeUndefined();
	});
});
