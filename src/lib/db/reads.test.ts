import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { StoredCard } from '$lib/progress/review-card';
import type { Response } from '$lib/quiz/attempt';
import type { ChipwiseDB } from './db';
import { freshDbEachTest } from '$lib/test/db';
import { activityBy, reviewSummaryBy } from './reads';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh));

const NOW = new Date(2026, 11, 2, 18, 0).getTime();
const daysAgo = (n: number, hour = 12) => new Date(2026, 11, 2 - n, hour, 0).getTime();

function answer(profileId: string, answeredAt: number): Response {
	return {
		id: crypto.randomUUID(),
		attemptId: 'a',
		profileId,
		questionId: 'q',
		round: 0,
		answer: { type: 'truefalse', value: true },
		credit: 1,
		correct: true,
		hintUsed: false,
		timeMs: 1000,
		answeredAt
	};
}

describe("a learner's day", () => {
	it("counts today's answers and the days in a row, this learner's only", async () => {
		await db.responses.bulkAdd([
			answer('me', daysAgo(0, 9)),
			answer('me', daysAgo(0, 17)),
			answer('me', daysAgo(1)),
			answer('me', daysAgo(2, 23)),
			answer('me', daysAgo(4)),
			answer('other', daysAgo(3))
		]);
		expect(await activityBy('me', NOW)(db)).toEqual({ today: 2, streak: 3 });
		expect(await activityBy('other', NOW)(db)).toEqual({ today: 0, streak: 0 });
	});

	it('keeps a streak through the morning before the first answer of the day', async () => {
		await db.responses.bulkAdd([answer('me', daysAgo(1)), answer('me', daysAgo(2))]);
		expect(await activityBy('me', NOW)(db)).toEqual({ today: 0, streak: 2 });
	});
});

const DAY = 86_400_000;
const card = (questionId: string, due: number, profileId = 'p1'): StoredCard => ({
	profileId,
	questionId,
	due,
	stability: 1,
	difficulty: 5,
	elapsedDays: 0,
	scheduledDays: 1,
	learningSteps: 0,
	reps: 1,
	lapses: 0,
	state: 2,
	lastReview: due - DAY,
	updatedAt: due - DAY
});

describe("Review's summary", () => {
	it('counts only questions the pack still has: a removed one keeps its card, unasked', async () => {
		await db.cards.bulkPut([
			card('a.q01', 1 * DAY),
			card('a.q02', 2 * DAY),
			card('gone.q01', 0),
			card('a.q03', 10 * DAY),
			card('gone.q02', 5 * DAY),
			card('a.q01', 0, 'p2')
		]);
		const known = new Set(['a.q01', 'a.q02', 'a.q03']);
		const summary = await reviewSummaryBy('p1', 3 * DAY, known)(db);
		expect(summary).toEqual({ due: ['a.q01', 'a.q02'], total: 3, nextDue: 10 * DAY });
		expect(await db.cards.count()).toBe(6);
	});

	it('has nothing due when every due card is of a removed question', async () => {
		await db.cards.bulkPut([card('gone.q01', 0), card('gone.q02', DAY)]);
		const summary = await reviewSummaryBy('p1', 3 * DAY, new Set(['a.q01']))(db);
		expect(summary).toEqual({ due: [], total: 0, nextDue: null });
	});
});
