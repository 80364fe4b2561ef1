import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { endOfLocalDay } from './local-day';
import { DEFAULT_RETENTION } from './retention';
import { dueCount, isDue, newCard, ratingFor, reviewCard } from './review-card';
import type { StoredCard } from './review-card';
import { at, card, PROFILE, response } from './test-factories';

const DAY = 86_400_000;
const now = at(2025, 3, 10, 9);
const right = (over = {}) => response({ questionId: 'q1', answeredAt: now, ...over });
const wrong = (over = {}) => right({ credit: 0, correct: false, ...over });

/** A card reviewed with these answers, one a day after each due date. */
function history(grades: ReturnType<typeof right>[], retention = DEFAULT_RETENTION): StoredCard {
	let c: StoredCard | undefined;
	for (const r of grades) {
		const answeredAt = c ? Math.max(c.due, r.answeredAt) : r.answeredAt;
		c = reviewCard(c, { ...r, answeredAt }, retention);
	}
	if (!c) throw new Error('no answers');
	return c;
}

describe('ratingFor', () => {
	const answer = (over = {}) => ({
		credit: 1,
		correct: true,
		hintUsed: false,
		timeMs: 12_000,
		...over
	});

	it('gives Again under half credit', () => {
		expect(ratingFor(answer({ credit: 0.49, correct: false }))).toBe(Rating.Again);
		expect(ratingFor(answer({ credit: 0, correct: false, timeMs: 1000 }))).toBe(Rating.Again);
	});

	it('gives Hard for a partly right answer or a hint', () => {
		expect(ratingFor(answer({ credit: 0.5, correct: false }))).toBe(Rating.Hard);
		expect(ratingFor(answer({ credit: 0.75, hintUsed: true, timeMs: 2000 }))).toBe(Rating.Hard);
	});

	it('gives Easy for a quick unaided right answer, Good for a slower one', () => {
		expect(ratingFor(answer({ timeMs: 7999 }))).toBe(Rating.Easy);
		expect(ratingFor(answer({ timeMs: 8000 }))).toBe(Rating.Good);
	});
});

describe('newCard and reviewCard', () => {
	it('starts a new card due now, with plain numbers', () => {
		expect(newCard(PROFILE, 'q1', now)).toEqual({
			profileId: PROFILE,
			questionId: 'q1',
			due: now,
			stability: 0,
			difficulty: 0,
			elapsedDays: 0,
			scheduledDays: 0,
			learningSteps: 0,
			reps: 0,
			lapses: 0,
			state: State.New,
			lastReview: null,
			updatedAt: now
		});
	});

	it('creates the card on the first answer and keeps every field a number', () => {
		const c = reviewCard(undefined, right(), DEFAULT_RETENTION);
		expect(c).toMatchObject({ profileId: PROFILE, questionId: 'q1', reps: 1, lastReview: now });
		expect(c.updatedAt).toBe(now);
		for (const [key, value] of Object.entries(c)) {
			if (key === 'profileId' || key === 'questionId') continue;
			expect(typeof value, key).toBe('number');
			expect(Number.isFinite(value), key).toBe(true);
		}
	});

	it('schedules a right answer later than a wrong one', () => {
		const good = reviewCard(undefined, right(), DEFAULT_RETENTION);
		const bad = reviewCard(undefined, wrong(), DEFAULT_RETENTION);
		expect(good.due).toBeGreaterThan(bad.due);
		const known = history([right(), right(), right()]);
		const lapsed = history([right(), right(), wrong()]);
		expect(known.due).toBeGreaterThan(lapsed.due);
		expect(lapsed.lapses).toBe(1);
	});

	it('brings cards back sooner at a higher retention', () => {
		const grades = [right({ timeMs: 3000 }), right()];
		const relaxed = history(grades, 0.7);
		const usual = history(grades, 0.9);
		const strict = history(grades, 0.97);
		expect(relaxed.due).toBeGreaterThan(usual.due);
		expect(usual.due).toBeGreaterThan(strict.due);
		// Out-of-range retention is clamped, not passed on.
		expect(history(grades, 5).due).toBe(strict.due);
	});

	it('is deterministic (no fuzz)', () => {
		const grades = [right({ timeMs: 3000 }), right(), right()];
		expect(history(grades)).toEqual(history(grades));
	});
});

describe('due cards', () => {
	const cards = [
		card({ questionId: 'past', due: now - DAY }),
		card({ questionId: 'now', due: now }),
		card({ questionId: 'tonight', due: at(2025, 3, 10, 23, 59) }),
		card({ questionId: 'tomorrow', due: at(2025, 3, 11, 0, 0) })
	];

	it('counts cards due at a fixed time', () => {
		expect(isDue(cards[1]!, now)).toBe(true);
		expect(isDue(cards[2]!, now)).toBe(false);
		expect(dueCount(cards, now)).toBe(2);
		expect(dueCount([], now)).toBe(0);
	});

	it('counts cards due today up to the end of the local day', () => {
		expect(dueCount(cards, endOfLocalDay(now))).toBe(3);
	});
});
