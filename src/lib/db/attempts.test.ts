import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { ChipwiseDB } from './db';

let db: ChipwiseDB;
beforeEach(() => {
	db = new ChipwiseDB(`attempts-${crypto.randomUUID()}`);
});
afterEach(async () => {
	db.close();
	await db.delete();
});

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
		await recordResponse(response(a.id, 'a'), { queue: ['a', 'b', 'a'] }, db);
		await recordResponse(response(a.id, 'a'), { queue: ['a', 'b', 'a'] }, db);
		expect(await attemptResponses(a.id, db)).toHaveLength(1);
		const saved = await getAttempt(a.id, db);
		expect(saved?.queue).toEqual(['a', 'b', 'a']);
		expect(saved?.drafts).toEqual({});
	});

	it('leaves nothing half-written when a response cannot be stored', async () => {
		const a = attempt();
		await saveAttempt(a, db);
		const bad = { ...response(a.id, 'a'), id: undefined } as unknown as Response;
		await expect(recordResponse(bad, { queue: ['x'] }, db)).rejects.toThrow();
		expect((await getAttempt(a.id, db))?.queue).toEqual(['a', 'b']);
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
