import { describe, expect, it } from 'vitest';
import type { Response } from '$lib/quiz/attempt';
import {
	computeDashboard,
	dailyActivity,
	questionsForObjectives,
	streak,
	weakestObjectives
} from './dashboard';
import { localDayKey } from './local-day';
import { masteryByObjective, moduleMastery, objectiveMastery } from './mastery';
import type { Level, ObjectiveMastery } from './mastery';
import { at, outline, response } from './test-factories';

const now = at(2025, 3, 10, 18);
/** A response at noon, `daysAgo` local days before `now`. */
const daysAgo = (n: number, over: Partial<Response> = {}) =>
	response({ answeredAt: at(2025, 3, 10 - n, 12), ...over });

describe('dailyActivity', () => {
	it('has one point per day ending today, oldest first, empty days included', () => {
		const days = dailyActivity([daysAgo(0), daysAgo(0, { credit: 0.5 }), daysAgo(3)], now);
		expect(days).toHaveLength(14);
		expect(days[0]?.day).toBe('2025-02-25');
		expect(days[13]).toEqual({ day: '2025-03-10', answered: 2, credit: 1.5, accuracy: 0.75 });
		expect(days[10]).toEqual({ day: '2025-03-07', answered: 1, credit: 1, accuracy: 1 });
		expect(days[12]).toEqual({ day: '2025-03-09', answered: 0, credit: 0, accuracy: null });
	});

	it('groups by local day and ignores answers outside the range', () => {
		const lateNight = response({ answeredAt: at(2025, 3, 8, 23, 59) });
		const justAfter = response({ answeredAt: at(2025, 3, 9, 0, 1), credit: 0 });
		const old = daysAgo(3);
		const future = response({ answeredAt: at(2025, 3, 11, 9) });
		const days = dailyActivity([lateNight, justAfter, old, future], now, 3);
		expect(days.map((d) => [d.day, d.answered, d.accuracy])).toEqual([
			['2025-03-08', 1, 1],
			['2025-03-09', 1, 0],
			['2025-03-10', 0, null]
		]);
	});
});

describe('streak', () => {
	const on = (...ago: number[]) => ago.map((n) => daysAgo(n));

	it('counts consecutive days ending today', () => {
		expect(streak(on(0, 1, 2, 4), now)).toEqual({ current: 3, longest: 3 });
	});

	it('still counts a streak ending yesterday before today’s first answer', () => {
		expect(streak(on(1, 2), now)).toEqual({ current: 2, longest: 2 });
	});

	it('is broken after a day without answers', () => {
		expect(streak(on(2, 3), now)).toEqual({ current: 0, longest: 2 });
		expect(streak([], now)).toEqual({ current: 0, longest: 0 });
	});

	it('remembers the longest run, in any order and with many answers a day', () => {
		expect(streak(on(9, 0, 7, 8, 6, 7, 7, 1, 20), now)).toEqual({ current: 2, longest: 4 });
	});
});

describe('weakestObjectives', () => {
	const m = (objective: string, level: Level, recentCredit: number, answered = 5) =>
		({ objective, level, score: 0, answered, recentCredit }) satisfies ObjectiveMastery;
	const byObjective = (list: ObjectiveMastery[]) => new Map(list.map((o) => [o.objective, o]));

	it('puts the lowest recent credit first, the less practised first on a tie', () => {
		const list = [
			m('fine', 'proficient', 0.9),
			m('done', 'mastered', 1),
			m('weak', 'practising', 0.2, 6),
			m('weaker', 'practising', 0.2, 2),
			m('new', 'not-started', 0, 0),
			m('okay', 'familiar', 0.6)
		];
		expect(weakestObjectives(byObjective(list)).map((o) => o.objective)).toEqual([
			'weaker',
			'weak',
			'okay'
		]);
		expect(weakestObjectives(byObjective(list), 5).map((o) => o.objective)).toEqual([
			'weaker',
			'weak',
			'okay',
			'fine',
			'new'
		]);
	});

	it('fills up with objectives not started yet, never with mastered ones', () => {
		const list = [m('a', 'not-started', 0, 0), m('b', 'mastered', 1), m('c', 'not-started', 0, 0)];
		expect(weakestObjectives(byObjective(list)).map((o) => o.objective)).toEqual(['a', 'c']);
	});
});

describe('questionsForObjectives', () => {
	const pack = outline({
		m1: { a: ['a1', 'a2', 'a3', 'both'], b: ['b1', 'both'] },
		m2: { c: ['c1'] }
	});

	it('interleaves the objectives, each question once, up to the limit', () => {
		expect(questionsForObjectives(pack, ['a', 'b'])).toEqual(['a1', 'both', 'a2', 'b1', 'a3']);
		expect(questionsForObjectives(pack, ['c', 'a'], 3)).toEqual(['c1', 'a1', 'a2']);
		expect(questionsForObjectives(pack, ['none'])).toEqual([]);
	});
});

describe('computeDashboard', () => {
	// 100 local days ending today, 500 answers each, with no answers 40 and 41 days ago.
	const end = at(2025, 6, 15, 21);
	const modules = { m1: {}, m2: {}, m3: {}, m4: {} } as Record<string, Record<string, string[]>>;
	const questionIds: string[] = [];
	for (const [mi, id] of Object.keys(modules).entries()) {
		for (let o = 0; o < 3; o += 1) {
			const qs = Array.from({ length: 5 }, (_, q) => `${id}.o${o}.q${q}`);
			modules[id]![`${id}.o${o}`] = qs;
			if (mi < 3) questionIds.push(...qs);
		}
	}
	const pack = outline(modules);
	const credits = [0, 0.5, 0.75, 1];
	const responses: Response[] = [];
	let seed = 7;
	for (let ago = 0; ago < 100; ago += 1) {
		if (ago === 40 || ago === 41) continue;
		for (let i = 0; i < 500; i += 1) {
			seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
			const pick = seed >>> 12; // the high bits: an LCG's low bits repeat quickly
			// m4.o1 is answered once a day, m4.o2 never; m1.o0 is always right, m2.o1 always wrong.
			const questionId = i === 0 ? 'm4.o1.q0' : questionIds[pick % questionIds.length]!;
			const credit = /^m1\.o0|^m4/.test(questionId)
				? 1
				: questionId.startsWith('m2.o1')
					? 0
					: credits[(pick >>> 6) % 4]!;
			const answeredAt = at(2025, 6, 15 - ago, 8 + Math.floor(i / 50), i % 50);
			responses.push(response({ questionId, credit, correct: credit === 1, answeredAt }));
		}
	}

	it('computes every figure from 50,000 answers', () => {
		expect(responses).toHaveLength(49_000);
		const extra = Array.from({ length: 1000 }, (_, i) =>
			response({ questionId: 'm3.o0.q0', answeredAt: at(2025, 6, 15, 20, 0) + i })
		);
		const all = [...responses, ...extra];
		const figures = computeDashboard(pack, all, end);

		expect(figures.answered).toBe(50_000);
		const total = all.reduce((sum, r) => sum + r.credit, 0);
		expect(figures.accuracy).toBeCloseTo(total / 50_000, 10);

		expect(figures.days).toHaveLength(14);
		expect(figures.days[13]).toMatchObject({ day: '2025-06-15', answered: 1500 });
		expect(figures.days[0]).toMatchObject({ day: '2025-06-02', answered: 500 });
		const creditByDay = new Map<string, number>();
		for (const r of all) {
			const key = localDayKey(r.answeredAt);
			creditByDay.set(key, (creditByDay.get(key) ?? 0) + r.credit);
		}
		for (const d of figures.days) {
			expect(d.credit).toBeCloseTo(creditByDay.get(d.day) ?? -1, 8);
			if (d !== figures.days[13]) expect(d.answered).toBe(500);
		}
		expect(figures.streak).toEqual({ current: 40, longest: 58 });

		const objectivesOf = new Map(
			pack.modules.flatMap((m) => m.questions.map((q) => [q.id, q.objectives] as const))
		);
		for (const o of pack.objectives) {
			const mine = all.filter((r) => objectivesOf.get(r.questionId)?.includes(o.id));
			expect(figures.byObjective.get(o.id)).toEqual(objectiveMastery(o.id, mine));
		}
		// Right every time, but its last 5 answers all fall today.
		expect(figures.byObjective.get('m1.o0')).toMatchObject({
			level: 'proficient',
			recentCredit: 1
		});
		expect(figures.byObjective.get('m4.o1')?.level).toBe('mastered');
		expect(figures.byObjective.get('m2.o1')).toMatchObject({
			level: 'practising',
			recentCredit: 0
		});
		expect(figures.byObjective.get('m4.o2')?.level).toBe('not-started');

		expect(figures.modules).toEqual(moduleMastery(pack, masteryByObjective(pack, all)));
		expect(figures.modules.map((m) => m.moduleId)).toEqual(['m1', 'm2', 'm3', 'm4']);
		expect(figures.weakest[0]?.objective).toBe('m2.o1');
		expect(figures.weakest).toHaveLength(3);
	});

	it('has no accuracy before the first answer', () => {
		const figures = computeDashboard(pack, [], end);
		expect(figures).toMatchObject({ answered: 0, accuracy: null, streak: { current: 0 } });
		expect(figures.weakest.every((o) => o.level === 'not-started')).toBe(true);
	});
});
