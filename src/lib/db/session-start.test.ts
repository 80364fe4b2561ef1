import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Response } from '$lib/quiz/attempt';
import { getDb } from './db';
import { DB_NAME } from './name';
import { activeProfile } from './profiles';
import { firstPracticeSeed } from '$lib/quiz/session';
import { firstVisitSession, startSession } from './session-start';

const request = { setId: 'the-ban.basics', title: 'Basics', mode: 'practice' as const };
const ids = ['q1', 'q2', 'q3'];
const stored = async () => (await indexedDB.databases()).some((d) => d.name === DB_NAME);

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
	it('starts without creating anything, however long the question is only looked at', async () => {
		const s = await startSession({ ...request, questionIds: ids, moduleId: null });
		expect([...s.attempt.questionIds].sort()).toEqual(ids);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(await stored()).toBe(false);
	});

	it('keeps the first answer with its attempt and learner', async () => {
		const s = await startSession({ ...request, questionIds: ids, moduleId: null });
		const first = s.attempt.queue[0] ?? '';
		const kept = await s.store.record(answer(s.attempt.id, s.attempt.profileId, first));
		expect(kept?.responses.map((r) => r.questionId)).toEqual([first]);
		expect((await getDb().attempts.get(s.attempt.id))?.profileId).toBe(s.attempt.profileId);
		expect((await activeProfile()).id).toBe(s.attempt.profileId);
	});

	it('keeps the attempt when the learner moves on without answering', async () => {
		const s = await startSession({ ...request, questionIds: ids, moduleId: null });
		await s.store.move(s.attempt.id, 1);
		expect((await getDb().attempts.get(s.attempt.id))?.position).toBe(1);
	});

	it('files the attempt under the learner another tab created meanwhile', async () => {
		const s = await startSession({ ...request, questionIds: ids, moduleId: null });
		const other = await activeProfile();
		expect(other.id).not.toBe(s.attempt.profileId);
		const first = s.attempt.queue[0] ?? '';
		await s.store.record(answer(s.attempt.id, s.attempt.profileId, first));
		const responses = await getDb().responses.where({ attemptId: s.attempt.id }).toArray();
		expect(responses.map((r) => r.profileId)).toEqual([other.id]);
		expect((await getDb().attempts.get(s.attempt.id))?.profileId).toBe(other.id);
	});

	it('resumes from the database once something is stored', async () => {
		const first = await startSession({ ...request, questionIds: ids, moduleId: null });
		await first.store.record(
			answer(first.attempt.id, first.attempt.profileId, first.attempt.queue[0] ?? '')
		);
		const again = await startSession({ ...request, questionIds: ids, moduleId: null });
		expect(again.attempt.id).toBe(first.attempt.id);
	});
});

describe("the order of a set's first practice", () => {
	const req = (mode: 'practice' | 'test', setId = 'the-ban.basics') => ({
		...request,
		setId,
		mode,
		questionIds: Array.from({ length: 9 }, (_, i) => `q${i}`),
		moduleId: null
	});

	it('is the same on every browser that holds nothing, so the page can show it in advance', async () => {
		const a = await startSession(req('practice'));
		const b = firstVisitSession(req('practice'));
		expect(a.attempt.questionIds).toEqual(b.attempt.questionIds);
		expect(a.attempt.seed).toBe(firstPracticeSeed('the-ban.basics'));
		expect(a.attempt.id).not.toBe(b.attempt.id);
		expect(firstVisitSession(req('practice', 'why.basics')).attempt.seed).not.toBe(a.attempt.seed);
	});

	it('is shuffled afresh for a test, and once the browser holds anything', async () => {
		const tests = [1, 2, 3, 4].map(() => firstVisitSession(req('test')).attempt.seed);
		expect(new Set(tests).size).toBeGreaterThan(1);
		await activeProfile();
		const later = await startSession(req('practice'));
		expect(later.attempt.seed).not.toBe(firstPracticeSeed('the-ban.basics'));
	});
});
