import type { Question } from '$lib/content/schema';
import type { Answer } from './answer';
import { shuffle } from './random';
import type { Score } from './scoring';

export type Mode = 'practice' | 'test' | 'review';

/** One sitting of a question set: what was shown, in which order, and where the learner is. */
export interface Attempt {
	id: string;
	profileId: string;
	/** The question set, or null for a review or a hand-made list. */
	setId: string | null;
	title: string;
	mode: Mode;
	seed: number;
	/** Whether questions and options are shuffled (with `seed`). */
	shuffle: boolean;
	/** The questions in the order shown (shuffled with `seed` when shuffling is on). */
	questionIds: string[];
	/** What is asked, in order: the questions, then in practice each missed one once more. */
	queue: string[];
	position: number;
	/** Answers given but not yet checked (or, in a test, not yet submitted). */
	drafts: Record<string, Draft>;
	startedAt: number;
	updatedAt: number;
	finishedAt: number | null;
	/** Where "next module" leads from the results, when there is one. */
	moduleId: string | null;
	assignmentId?: string | null;
}

export interface Draft {
	answer: Answer;
	hintUsed: boolean;
	/** Time spent on the question so far, for a test answered across several visits. */
	timeMs?: number;
}

/** One checked answer. `round` 0 is the first pass; 1 is a practice retry. */
export interface Response {
	id: string;
	attemptId: string;
	profileId: string;
	questionId: string;
	round: number;
	answer: Answer;
	credit: number;
	correct: boolean;
	hintUsed: boolean;
	timeMs: number;
	answeredAt: number;
}

export function createAttempt(init: {
	id: string;
	profileId: string;
	setId: string | null;
	title: string;
	mode: Mode;
	seed: number;
	questionIds: readonly string[];
	shuffle: boolean;
	moduleId: string | null;
	now: number;
	assignmentId?: string | null;
}): Attempt {
	const order = init.shuffle ? shuffle(init.questionIds, init.seed) : [...init.questionIds];
	return {
		id: init.id,
		profileId: init.profileId,
		setId: init.setId,
		title: init.title,
		mode: init.mode,
		seed: init.seed,
		shuffle: init.shuffle,
		questionIds: order,
		queue: [...order],
		position: 0,
		drafts: {},
		startedAt: init.now,
		updatedAt: init.now,
		finishedAt: null,
		moduleId: init.moduleId,
		assignmentId: init.assignmentId ?? null
	};
}

/** The round of the queue entry at `position`: how often that question came before it. */
export function roundAt(attempt: Attempt, position: number): number {
	const id = attempt.queue[position];
	return attempt.queue.slice(0, position).filter((q) => q === id).length;
}

/**
 * After a checked answer in practice: a miss on the first pass comes back once at the end.
 * Returns the new queue.
 */
export function queueAfterCheck(attempt: Attempt, questionId: string, score: Score): string[] {
	const round = roundAt(attempt, attempt.position);
	if (attempt.mode !== 'practice' || round > 0 || score.correct) return attempt.queue;
	return [...attempt.queue, questionId];
}

export interface ObjectiveResult {
	objective: string;
	credit: number;
	total: number;
}

export interface AttemptSummary {
	/** Sum of first-pass credit; retries do not change the score. */
	credit: number;
	total: number;
	percent: number;
	correctCount: number;
	timeMs: number;
	missed: string[];
	byObjective: ObjectiveResult[];
}

/** The score of an attempt from its first-pass responses. Unanswered questions score 0. */
export function summarize(
	attempt: Attempt,
	responses: readonly Response[],
	questions: readonly Question[]
): AttemptSummary {
	const first = new Map(responses.filter((r) => r.round === 0).map((r) => [r.questionId, r]));
	const byId = new Map(questions.map((q) => [q.id, q]));
	const objectives = new Map<string, ObjectiveResult>();
	let credit = 0;
	let correctCount = 0;
	const missed: string[] = [];
	for (const id of attempt.questionIds) {
		const r = first.get(id);
		const c = r?.credit ?? 0;
		credit += c;
		if (r?.correct) correctCount += 1;
		if (!r || c < 1) missed.push(id);
		for (const objective of byId.get(id)?.objectives ?? []) {
			const entry = objectives.get(objective) ?? { objective, credit: 0, total: 0 };
			entry.credit += c;
			entry.total += 1;
			objectives.set(objective, entry);
		}
	}
	const total = attempt.questionIds.length;
	return {
		credit: Math.round(credit * 100) / 100,
		total,
		percent: total ? Math.round((credit / total) * 100) : 0,
		correctCount,
		timeMs: responses.reduce((sum, r) => sum + r.timeMs, 0),
		missed,
		byObjective: [...objectives.values()].sort((a, b) => a.credit / a.total - b.credit / b.total)
	};
}
