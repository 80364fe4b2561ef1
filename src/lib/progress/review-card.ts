import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import type { Card, FSRS, Grade, State } from 'ts-fsrs';
import type { Response } from '$lib/quiz/attempt';
import { clampRetention } from './retention';

/**
 * What is kept in IndexedDB per learner and question. Dates are epoch ms numbers, not Date
 * objects, so rows index, compare and serialise plainly; ts-fsrs `Card`s exist only in this file.
 */
export interface StoredCard {
	profileId: string;
	questionId: string;
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	lastReview: number | null;
	updatedAt: number;
}

/** Under this, a correct answer without a hint was recalled with ease. */
export const EASY_MS = 8000;

/**
 * The learner never rates a card: the rating follows from the checked answer.
 * - credit < 0.5: Again (mostly wrong, relearn it);
 * - not fully correct, or a hint was used: Hard (recalled, with help or in part);
 * - correct without a hint in under 8 s: Easy (fluent recall);
 * - otherwise (correct, unaided, slower): Good.
 */
export function ratingFor(r: Pick<Response, 'credit' | 'correct' | 'hintUsed' | 'timeMs'>): Grade {
	if (!(r.credit >= 0.5)) return Rating.Again;
	if (!r.correct || r.hintUsed) return Rating.Hard;
	if (r.timeMs < EASY_MS) return Rating.Easy;
	return Rating.Good;
}

function toCard(c: StoredCard): Card {
	return {
		due: new Date(c.due),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: c.elapsedDays,
		scheduled_days: c.scheduledDays,
		learning_steps: c.learningSteps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state as State,
		last_review: c.lastReview === null ? undefined : new Date(c.lastReview)
	};
}

function fromCard(c: Card, profileId: string, questionId: string, updatedAt: number): StoredCard {
	return {
		profileId,
		questionId,
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsedDays: c.elapsed_days,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state,
		lastReview: c.last_review ? c.last_review.getTime() : null,
		updatedAt
	};
}

export function newCard(profileId: string, questionId: string, now: number): StoredCard {
	return fromCard(createEmptyCard(new Date(now)), profileId, questionId, now);
}

// A scheduler per retention: building one is not free and a learner uses one or two values.
const schedulers = new Map<number, FSRS>();
function schedulerFor(retention: number): FSRS {
	const key = clampRetention(retention);
	let scheduler = schedulers.get(key);
	if (!scheduler) {
		// No fuzz: the same answers give the same schedule, on every device and in tests.
		scheduler = fsrs(generatorParameters({ request_retention: key, enable_fuzz: false }));
		schedulers.set(key, scheduler);
	}
	return scheduler;
}

/** The card after one checked answer, created on the first. `updatedAt` is the answer's time. */
export function reviewCard(
	card: StoredCard | undefined,
	r: Pick<
		Response,
		'profileId' | 'questionId' | 'credit' | 'correct' | 'hintUsed' | 'timeMs' | 'answeredAt'
	>,
	retention: number
): StoredCard {
	const now = r.answeredAt;
	const current = card ?? newCard(r.profileId, r.questionId, now);
	const next = schedulerFor(retention).next(toCard(current), new Date(now), ratingFor(r)).card;
	return fromCard(next, current.profileId, current.questionId, now);
}

/** Whether the card is due at `now`. For "due today", pass `endOfLocalDay(now)`. */
export function isDue(card: StoredCard, now: number): boolean {
	return card.due <= now;
}

export function dueCount(cards: readonly StoredCard[], now: number): number {
	let count = 0;
	for (const card of cards) if (card.due <= now) count += 1;
	return count;
}
