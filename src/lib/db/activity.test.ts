import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Response } from '$lib/quiz/attempt';
import { ChipwiseDB } from './db';
import { activityBy } from './reads';

let db: ChipwiseDB;
beforeEach(() => {
	db = new ChipwiseDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
	db.close();
	await db.delete();
});

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
