import type { Response } from '$lib/quiz/attempt';
import { dayNumberKey, localDayNumber } from './local-day';
import { masteryByObjective, moduleMastery } from './mastery';
import type { ModuleMastery, ObjectiveMastery, PackOutline } from './mastery';

export interface DayPoint {
	/** 'YYYY-MM-DD', local time. */
	day: string;
	answered: number;
	credit: number;
	/** credit / answered; null on a day without answers. */
	accuracy: number | null;
}

export interface Streak {
	current: number;
	longest: number;
}

export interface DashboardFigures {
	answered: number;
	accuracy: number | null;
	days: DayPoint[];
	streak: Streak;
	byObjective: Map<string, ObjectiveMastery>;
	modules: ModuleMastery[];
	weakest: ObjectiveMastery[];
}

/**
 * One pass over the answers for every time-based figure: total credit, the last `days` local
 * days, and the set of local days with any activity (for streaks).
 */
function scanActivity(
	responses: readonly Pick<Response, 'answeredAt' | 'credit'>[],
	now: number,
	days: number
) {
	const today = localDayNumber(now);
	const count = Math.max(0, Math.floor(days));
	const first = today - count + 1;
	const points: DayPoint[] = [];
	for (let i = 0; i < count; i += 1) {
		points.push({ day: dayNumberKey(first + i), answered: 0, credit: 0, accuracy: null });
	}
	const active = new Set<number>();
	let credit = 0;
	for (const r of responses) {
		const day = localDayNumber(r.answeredAt);
		active.add(day);
		credit += r.credit;
		const point = points[day - first];
		if (point) {
			point.answered += 1;
			point.credit += r.credit;
		}
	}
	for (const p of points) p.accuracy = p.answered ? p.credit / p.answered : null;
	return { today, points, active, credit };
}

function streakOf(active: ReadonlySet<number>, today: number): Streak {
	// A streak still counts in the morning before today's first answer.
	const end = active.has(today) ? today : today - 1;
	let current = 0;
	while (active.has(end - current)) current += 1;
	let longest = 0;
	let run = 0;
	let previous = NaN;
	for (const day of [...active].sort((a, b) => a - b)) {
		run = day === previous + 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = day;
	}
	return { current, longest };
}

/** One point per local day, oldest first, ending today; days without answers included. */
export function dailyActivity(
	responses: readonly Pick<Response, 'answeredAt' | 'credit'>[],
	now: number,
	days = 14
): DayPoint[] {
	return scanActivity(responses, now, days).points;
}

/** Consecutive local days with answers, ending today (or yesterday if none yet today). */
export function streak(responses: readonly Pick<Response, 'answeredAt'>[], now: number): Streak {
	const active = new Set<number>();
	for (const r of responses) active.add(localDayNumber(r.answeredAt));
	return streakOf(active, localDayNumber(now));
}

/**
 * What to practise next: started objectives below 'mastered', lowest recent credit first (on a
 * tie, the less practised first), then not-started ones to fill up to `count`, in pack order.
 */
export function weakestObjectives(
	byObjective: Map<string, ObjectiveMastery>,
	count = 3
): ObjectiveMastery[] {
	const started: ObjectiveMastery[] = [];
	const fresh: ObjectiveMastery[] = [];
	for (const m of byObjective.values()) {
		if (m.level === 'not-started') fresh.push(m);
		else if (m.level !== 'mastered') started.push(m);
	}
	started.sort((a, b) => a.recentCredit - b.recentCredit || a.answered - b.answered);
	return [...started, ...fresh].slice(0, Math.max(0, count));
}

/**
 * Question ids tagged with any of `objectives`, taking one question per objective in turn so
 * a short list covers them all; each question once, in pack order within an objective.
 */
export function questionsForObjectives(
	pack: Pick<PackOutline, 'modules'>,
	objectives: readonly string[],
	limit = 10
): string[] {
	const lists = objectives.map((o) => {
		const ids: string[] = [];
		for (const m of pack.modules) {
			for (const q of m.questions) if (q.objectives.includes(o)) ids.push(q.id);
		}
		return ids;
	});
	const chosen = new Set<string>();
	const longest = Math.max(0, ...lists.map((l) => l.length));
	for (let i = 0; i < longest && chosen.size < limit; i += 1) {
		for (const list of lists) {
			const id = list[i];
			if (id !== undefined && chosen.size < limit) chosen.add(id);
		}
	}
	return [...chosen];
}

/** Every figure of the Progress screen, from the learner's answers (all rounds count). */
export function computeDashboard(
	pack: PackOutline,
	responses: readonly Pick<Response, 'questionId' | 'credit' | 'correct' | 'answeredAt'>[],
	now: number
): DashboardFigures {
	const activity = scanActivity(responses, now, 14);
	const byObjective = masteryByObjective(pack, responses);
	const answered = responses.length;
	return {
		answered,
		accuracy: answered ? activity.credit / answered : null,
		days: activity.points,
		streak: streakOf(activity.active, activity.today),
		byObjective,
		modules: moduleMastery(pack, byObjective),
		weakest: weakestObjectives(byObjective)
	};
}
