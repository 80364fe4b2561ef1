import { createAttempt, type Attempt, type Mode, type Response } from './attempt';
import { newSeed, seedFor } from './random';
import type { QuizStore } from './store';

export interface SessionRequest {
	setId: string;
	title: string;
	mode: Mode;
	questionIds: string[];
	moduleId: string | null;
	shuffle?: boolean;
	/** Start over even when an unfinished attempt exists (a retry of missed questions). */
	fresh?: boolean;
	/** Open this attempt (finished or not), as a results link or a reload does. */
	attemptId?: string | null;
	/** The order's seed, for an attempt whose order must be known in advance; else random. */
	seed?: number;
}

export interface Session {
	attempt: Attempt;
	responses: Response[];
	store: QuizStore;
	/** False when the browser refused storage: the quiz runs, but nothing is kept. */
	persistent: boolean;
}

/** A new attempt at what `req` asks for, by the learner `profileId`. */
export function newAttempt(profileId: string, req: SessionRequest, now = Date.now()): Attempt {
	return createAttempt({
		id: crypto.randomUUID(),
		profileId,
		setId: req.setId,
		title: req.title,
		mode: req.mode,
		seed: req.seed ?? newSeed(),
		questionIds: req.questionIds,
		shuffle: req.shuffle ?? true,
		moduleId: req.moduleId,
		now
	});
}

/** The title of a session that practises again the questions missed in `title`. */
export function retryTitle(title: string): string {
	return `${title} (missed questions)`;
}

/**
 * The order of a set's practice on a browser that holds nothing yet. It is fixed, so the set's
 * prerendered page can already show its first question, before any script runs; every later
 * attempt, and every test, is shuffled afresh.
 */
export function firstPracticeSeed(setId: string): number {
	return seedFor(0, `first-practice:${setId}`);
}
