import type { Objective, Question } from '$lib/content/schema';
import type { Response } from '$lib/quiz/attempt';
import { localDayNumber } from './local-day';

/*
 * Mastery per objective, in the spirit of Kolibri's "m of n" exercises and Khan Academy's
 * skill levels: judged on the latest WINDOW answers to questions on the objective (by
 * answeredAt), so old mistakes fade once the learner gets it, and recent slips count.
 * - not-started: no answers.
 * - mastered: at least 5 answers, the last 5 all fully correct (credit 1, so no hint), over at
 *   least two local calendar days: evidence of retention, not one lucky sitting.
 * - proficient: at least 4 answers and a mean credit of the window >= 0.8.
 * - familiar: at least 3 answers and a mean credit of the window >= 0.6.
 * - practising: anything else with at least one answer.
 * A module's level is the floor of the mean level of its objectives, but never 'not-started'
 * once any of them is started.
 */

export const LEVELS = ['not-started', 'practising', 'familiar', 'proficient', 'mastered'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
	'not-started': 'Not started',
	practising: 'Practising',
	familiar: 'Familiar',
	proficient: 'Proficient',
	mastered: 'Mastered'
};
export const WINDOW = 5;

/** Credits such as 0.75 + 0.85 do not add up exactly; a boundary mean must still pass. */
const EPSILON = 1e-9;

export interface ObjectiveMastery {
	objective: string;
	level: Level;
	/** 0..1 for bars: the level's index / 4. */
	score: number;
	answered: number;
	/** Mean credit of the window, 0..1 (0 when not started). */
	recentCredit: number;
}

export interface ModuleMastery {
	moduleId: string;
	level: Level;
	score: number;
	objectives: ObjectiveMastery[];
}

/** The parts of a pack mastery reads; every `Pack` fits. */
export interface PackOutline {
	objectives: readonly Pick<Objective, 'id' | 'module'>[];
	modules: readonly { id: string; questions: readonly Pick<Question, 'id' | 'objectives'>[] }[];
}

type Scored = Pick<Response, 'credit' | 'correct' | 'answeredAt'>;

/**
 * Adds `r` to `window`, which holds the latest WINDOW items by answeredAt, oldest first. In
 * place, with no copies, because it runs once per response and objective. On equal times the
 * later item in the input counts as later.
 */
function pushLatest<T extends { answeredAt: number }>(window: T[], r: T): void {
	const first = window[0];
	if (window.length >= WINDOW && first) {
		if (r.answeredAt < first.answeredAt) return;
		window.shift();
	}
	let i = window.length;
	while (i > 0 && (window[i - 1]?.answeredAt ?? -Infinity) > r.answeredAt) i -= 1;
	window.splice(i, 0, r);
}

/** The level of an objective from its window (oldest first) and its total answer count. */
function levelFromWindow(window: readonly Scored[], answered: number): Level {
	const first = window[0];
	const last = window[window.length - 1];
	if (answered === 0 || !first || !last) return 'not-started';
	let sum = 0;
	let allFull = true;
	for (const r of window) {
		sum += r.credit;
		if (r.credit !== 1) allFull = false;
	}
	const mean = sum / window.length;
	// The window is sorted, so it spans two days exactly when its ends do.
	const spansDays = localDayNumber(first.answeredAt) !== localDayNumber(last.answeredAt);
	if (answered >= 5 && window.length >= 5 && allFull && spansDays) return 'mastered';
	if (answered >= 4 && mean >= 0.8 - EPSILON) return 'proficient';
	if (answered >= 3 && mean >= 0.6 - EPSILON) return 'familiar';
	return 'practising';
}

function masteryOf(objective: string, window: readonly Scored[], answered: number) {
	const level = levelFromWindow(window, answered);
	let sum = 0;
	for (const r of window) sum += r.credit;
	return {
		objective,
		level,
		score: LEVELS.indexOf(level) / (LEVELS.length - 1),
		answered,
		recentCredit: window.length ? sum / window.length : 0
	} satisfies ObjectiveMastery;
}

/** Mastery of one objective from all the learner's answers on it, in any order. */
export function objectiveMastery(
	objective: string,
	responses: readonly Scored[]
): ObjectiveMastery {
	const window: Scored[] = [];
	for (const r of responses) pushLatest(window, r);
	return masteryOf(objective, window, responses.length);
}

/**
 * Every objective of the pack, in pack order, from all the learner's answers. An answer counts
 * for every objective of its question; answers to questions outside the pack, and objectives
 * the pack does not declare, are left out.
 */
export function masteryByObjective(
	pack: PackOutline,
	responses: readonly Pick<Response, 'questionId' | 'credit' | 'correct' | 'answeredAt'>[]
): Map<string, ObjectiveMastery> {
	const tally = new Map<string, { window: Scored[]; answered: number }>();
	for (const o of pack.objectives) tally.set(o.id, { window: [], answered: 0 });
	const objectivesOf = new Map<string, readonly string[]>();
	for (const m of pack.modules) for (const q of m.questions) objectivesOf.set(q.id, q.objectives);
	for (const r of responses) {
		const objectives = objectivesOf.get(r.questionId);
		if (!objectives) continue;
		for (const o of objectives) {
			const t = tally.get(o);
			if (!t) continue;
			t.answered += 1;
			pushLatest(t.window, r);
		}
	}
	const result = new Map<string, ObjectiveMastery>();
	for (const [o, t] of tally) result.set(o, masteryOf(o, t.window, t.answered));
	return result;
}

/** Each module of the pack, in order, from its objectives (those whose `module` is its id). */
export function moduleMastery(
	pack: PackOutline,
	byObjective: Map<string, ObjectiveMastery>
): ModuleMastery[] {
	return pack.modules.map((m) => {
		const objectives: ObjectiveMastery[] = [];
		for (const o of pack.objectives) {
			if (o.module !== m.id) continue;
			objectives.push(byObjective.get(o.id) ?? masteryOf(o.id, [], 0));
		}
		let levelSum = 0;
		let scoreSum = 0;
		let started = false;
		for (const o of objectives) {
			levelSum += LEVELS.indexOf(o.level);
			scoreSum += o.score;
			if (o.level !== 'not-started') started = true;
		}
		const n = objectives.length;
		const index = n ? Math.floor(levelSum / n) : 0;
		// Started work shows: one practised objective among many lifts the module off zero.
		const level = LEVELS[started ? Math.max(1, index) : 0] ?? 'not-started';
		return { moduleId: m.id, level, score: n ? scoreSum / n : 0, objectives };
	});
}
