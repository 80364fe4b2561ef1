import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Response } from '$lib/quiz/attempt';
import { getDb } from './db';
import { DB_NAME } from './name';
import { activeProfile } from './profiles';
import { startSession } from './session-start';

const request = { setId: 'the-ban.basics', title: 'Basics', mode: 'practice' as const };
const ids = ['q1', 'q2', 'q3'];
const stored = async () => (await indexedDB.databases()).some((d) => d.name === DB_NAME);

/** An idle moment the test lets happen when it wants. */
function idleOnCue() {
	let cue = () => {};
	const idle = () => new Promise<void>((resolve) => (cue = resolve));
	return { idle, cue: () => cue() };
}

function answer(attemptId: string, profileId: string, questionId: string): Response {
	return {
		id: `${attemptId}:${questionId}:0`,
		attemptId,
		profileId,
		questionId,
		round: 0,
		answer: { type: 'single', choice: 'Micron' },
		credit: 1,
		correct: true,
		hintUsed: false,
		timeMs: 3000,
		answeredAt: Date.now()
	};
}

afterEach(() => getDb().delete({ disableAutoOpen: false }));

describe('a quiz on a first visit', () => {
	it('starts without creating anything, then keeps the attempt once the page is idle', async () => {
		const { idle, cue } = idleOnCue();
		const s = await startSession({ ...request, questionIds: ids, moduleId: null }, idle);
		expect([...s.attempt.questionIds].sort()).toEqual(ids);
		expect(await stored()).toBe(false);

		cue();
		await expect.poll(() => getDb().attempts.get(s.attempt.id)).toBeTruthy();
		const learner = await activeProfile();
		expect(learner.id).toBe(s.attempt.profileId);
	});

	it('keeps the first answer even before the page was idle, with its attempt and learner', async () => {
		const { idle } = idleOnCue();
		const s = await startSession({ ...request, questionIds: ids, moduleId: null }, idle);
		const first = s.attempt.queue[0] ?? '';
		const kept = await s.store.record(answer(s.attempt.id, s.attempt.profileId, first));
		expect(kept?.responses.map((r) => r.questionId)).toEqual([first]);
		expect((await getDb().attempts.get(s.attempt.id))?.profileId).toBe(s.attempt.profileId);
	});

	it('files the attempt under the learner another tab created meanwhile', async () => {
		const { idle } = idleOnCue();
		const s = await startSession({ ...request, questionIds: ids, moduleId: null }, idle);
		const other = await activeProfile();
		expect(other.id).not.toBe(s.attempt.profileId);
		const first = s.attempt.queue[0] ?? '';
		await s.store.record(answer(s.attempt.id, s.attempt.profileId, first));
		const responses = await getDb().responses.where({ attemptId: s.attempt.id }).toArray();
		expect(responses.map((r) => r.profileId)).toEqual([other.id]);
		expect((await getDb().attempts.get(s.attempt.id))?.profileId).toBe(other.id);
	});

	it('resumes from the database once something is stored', async () => {
		const { idle, cue } = idleOnCue();
		const first = await startSession({ ...request, questionIds: ids, moduleId: null }, idle);
		cue();
		await expect.poll(() => getDb().attempts.get(first.attempt.id)).toBeTruthy();
		const again = await startSession({ ...request, questionIds: ids, moduleId: null }, idle);
		expect(again.attempt.id).toBe(first.attempt.id);
	});
});
