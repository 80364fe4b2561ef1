import type { Response } from '$lib/quiz/attempt';
import type { Streak } from './dashboard';
import { streak } from './dashboard';
import { localDayNumber } from './local-day';
import { LEVELS, objectiveMastery, type Level } from './mastery';

type Answer = Pick<Response, 'attemptId' | 'questionId' | 'credit' | 'correct' | 'answeredAt'>;

export interface LevelUp {
	objective: string;
	from: Level;
	to: Level;
}

/** What a finished set changed: the objectives it took up a level, and the streak. */
export interface Growth {
	levelUps: LevelUp[];
	streak: Streak;
	/** True when this set was the day's first activity: it kept (or began) the streak. */
	keptToday: boolean;
}

/**
 * What grew with one attempt, from all the learner's answers (the attempt's included):
 * each objective of its questions judged without the attempt's answers and with them, and the
 * streak of days with answers.
 */
export function growthOf(input: {
	attemptId: string;
	responses: readonly Answer[];
	/** The objectives of every question the learner has answered (the pack's). */
	objectivesOf: (questionId: string) => readonly string[];
	now: number;
}): Growth {
	const { attemptId, responses, objectivesOf, now } = input;
	const touched = new Set<string>();
	const byObjective = new Map<string, Answer[]>();
	for (const r of responses) {
		for (const o of objectivesOf(r.questionId)) {
			if (r.attemptId === attemptId) touched.add(o);
			const list = byObjective.get(o) ?? [];
			list.push(r);
			byObjective.set(o, list);
		}
	}
	const levelUps: LevelUp[] = [];
	for (const objective of touched) {
		const all = byObjective.get(objective) ?? [];
		const from = objectiveMastery(
			objective,
			all.filter((r) => r.attemptId !== attemptId)
		).level;
		const to = objectiveMastery(objective, all).level;
		if (LEVELS.indexOf(to) > LEVELS.indexOf(from)) levelUps.push({ objective, from, to });
	}
	const today = localDayNumber(now);
	const ours = responses.filter((r) => r.attemptId === attemptId);
	const before = responses.filter((r) => r.attemptId !== attemptId);
	const keptToday =
		ours.some((r) => localDayNumber(r.answeredAt) === today) &&
		!before.some((r) => localDayNumber(r.answeredAt) === today);
	return { levelUps, streak: streak(responses, now), keptToday };
}
