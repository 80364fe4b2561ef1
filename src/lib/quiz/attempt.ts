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
	/** Which version of the assignment it was started on (`quizVersion`); absent before it was kept. */
	assignmentVersion?: string | null;
	/** Questions left out because the lessons no longer have them (a content update, a restore). */
	leftOut?: string[];
	/** The pack on this device its questions come from; absent for the pack Chipwise comes with. */
	packId?: string | null;
}

export interface Draft {
	answer: Answer;
	hintUsed: boolean;
	/** Time spent on the question so far, for a test answered across several visits. */
	timeMs?: number;
	/**
	 * Whether the learner gave this answer, rather than only passed the question by (a test
	 * keeps the time of every visit in a draft). Absent in drafts kept before it existed.
	 */
	touched?: boolean;
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
	assignmentVersion?: string | null;
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
		assignmentId: init.assignmentId ?? null,
		...(init.assignmentVersion ? { assignmentVersion: init.assignmentVersion } : {})
	};
}

/** What changes a quiz made from an assignment: its questions, its mode, its shuffling. */
export interface QuizSpec {
	questionIds: readonly string[];
	mode: Mode;
	shuffle: boolean;
}

/** A short fingerprint of a `QuizSpec`, kept on each attempt started from it (FNV-1a, 32 bits). */
export function quizVersion(spec: QuizSpec): string {
	const text = `${spec.mode}|${spec.shuffle ? 1 : 0}|${spec.questionIds.join(',')}`;
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return `v1.${(hash >>> 0).toString(36)}`;
}

/**
 * Whether an attempt was started on this version of an assignment. Attempts kept before
 * versions were (no fingerprint) are compared by their questions, mode and shuffling.
 */
export function startedOn(attempt: Attempt, spec: QuizSpec): boolean {
	if (attempt.assignmentVersion) return attempt.assignmentVersion === quizVersion(spec);
	const ids = new Set(spec.questionIds);
	return (
		attempt.mode === spec.mode &&
		attempt.shuffle === spec.shuffle &&
		attempt.questionIds.length === ids.size &&
		attempt.questionIds.every((id) => ids.has(id))
	);
}

/**
 * The attempt without the questions `has` does not know: they leave its list and queue, the
 * position stays on the same question (or the next one still there), and they are named in
 * `leftOut`. The same attempt when nothing is missing.
 */
export function withoutUnknown(attempt: Attempt, has: (id: string) => boolean): Attempt {
	const gone = attempt.questionIds.filter((id) => !has(id));
	if (!gone.length && attempt.queue.every(has)) return attempt;
	const queue = attempt.queue.filter(has);
	const before = attempt.queue.slice(0, attempt.position).filter(has).length;
	return {
		...attempt,
		questionIds: attempt.questionIds.filter(has),
		queue,
		position: Math.max(0, Math.min(before, queue.length - 1)),
		drafts: Object.fromEntries(Object.entries(attempt.drafts).filter(([id]) => has(id))),
		leftOut: [...new Set([...(attempt.leftOut ?? []), ...gone])]
	};
}

/** The round of the queue entry at `position`: how often that question came before it. */
export function roundAt(attempt: Attempt, position: number): number {
	const id = attempt.queue[position];
	return attempt.queue.slice(0, position).filter((q) => q === id).length;
}

/**
 * The queue after a checked answer: in practice, a miss on the first pass comes back once at
 * the end (never twice, even when two tabs check the same question).
 */
export function queueWithRetry(
	queue: readonly string[],
	mode: Mode,
	r: Pick<Response, 'questionId' | 'round' | 'correct'>
): string[] {
	const retried = queue.filter((q) => q === r.questionId).length > 1;
	if (mode !== 'practice' || r.round > 0 || r.correct || retried) return [...queue];
	return [...queue, r.questionId];
}

/** After a checked answer at the current position: the new queue. */
export function queueAfterCheck(attempt: Attempt, questionId: string, score: Score): string[] {
	const round = roundAt(attempt, attempt.position);
	return queueWithRetry(attempt.queue, attempt.mode, { questionId, round, correct: score.correct });
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
	/** Questions not answered right on the first pass (wrong, partly right or unanswered). */
	missed: string[];
	/** Questions answered right only with a hint: right, but worth practising again. */
	hinted: string[];
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
	const hinted: string[] = [];
	for (const id of attempt.questionIds) {
		const r = first.get(id);
		const c = r?.credit ?? 0;
		credit += c;
		if (r?.correct) correctCount += 1;
		if (!r?.correct) missed.push(id);
		else if (c < 1) hinted.push(id);
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
		hinted,
		byObjective: [...objectives.values()].sort((a, b) => a.credit / a.total - b.credit / b.total)
	};
}

/** A response's id: one per question and round of an attempt, so a retry never overwrites. */
export function responseId(attemptId: string, questionId: string, round: number): string {
	return `${attemptId}:${questionId}:${round}`;
}
