import { describe, expect, it } from 'vitest';
import {
	LEVEL_LABELS,
	LEVELS,
	masteryByObjective,
	moduleMastery,
	objectiveMastery
} from './mastery';
import type { Level, ObjectiveMastery } from './mastery';
import { answers, at, outline, response } from './test-factories';

const day1 = at(2025, 3, 10, 9);
const day2 = at(2025, 3, 11, 9);
const levelOf = (credits: number[], start = day1) =>
	objectiveMastery('o', answers(credits, start)).level;

describe('objectiveMastery', () => {
	it('is not started without answers', () => {
		expect(objectiveMastery('o', [])).toEqual({
			objective: 'o',
			level: 'not-started',
			score: 0,
			answered: 0,
			recentCredit: 0
		});
	});

	it('is practising with one or two answers, however good', () => {
		expect(levelOf([1])).toBe('practising');
		expect(levelOf([1, 1])).toBe('practising');
		expect(levelOf([0, 0, 0, 0, 0, 0])).toBe('practising');
	});

	it('is familiar from 3 answers with a mean credit of 0.6', () => {
		expect(levelOf([1, 1, 0])).toBe('familiar');
		expect(levelOf([0.6, 0.6, 0.6])).toBe('familiar');
		expect(levelOf([0.5, 0.6, 0.6])).toBe('practising');
		expect(levelOf([1, 1, 1])).toBe('familiar');
	});

	it('is proficient from 4 answers with a mean credit of 0.8', () => {
		expect(levelOf([1, 1, 1, 0.2])).toBe('proficient');
		expect(levelOf([0.8, 0.8, 0.8, 0.8])).toBe('proficient');
		expect(levelOf([1, 1, 1, 0.1])).toBe('familiar');
	});

	it('is mastered after 5 fully correct answers over two local days', () => {
		const four = answers([1, 1, 1, 1], day1);
		const fifth = answers([1], day2);
		expect(objectiveMastery('o', [...four, ...fifth]).level).toBe('mastered');
		expect(objectiveMastery('o', [...four, ...fifth]).score).toBe(1);
	});

	it('is only proficient after 5 correct answers in one day', () => {
		expect(levelOf([1, 1, 1, 1, 1])).toBe('proficient');
		// Across local midnight counts as two days.
		expect(levelOf([1, 1, 1, 1, 1], at(2025, 3, 10, 23, 57))).toBe('mastered');
	});

	it('needs full credit: a hint keeps it below mastered', () => {
		const withHint = [...answers([1, 1, 1, 1], day1), ...answers([0.75], day2)];
		expect(objectiveMastery('o', withHint).level).toBe('proficient');
	});

	it('judges only the latest 5 answers by time, in any input order', () => {
		const early = answers([0, 0, 0], at(2025, 3, 1));
		const recent = [...answers([1, 1, 1], day1), ...answers([1, 1], day2)];
		const m = objectiveMastery('o', [...recent.reverse(), ...early]);
		expect(m).toMatchObject({ level: 'mastered', answered: 8, recentCredit: 1 });
		const slip = answers([0], at(2025, 3, 12));
		expect(objectiveMastery('o', [...slip, ...recent, ...early])).toMatchObject({
			level: 'proficient',
			recentCredit: 0.8
		});
	});

	it('scores the level index for bars', () => {
		expect(LEVELS.map((_, i) => i / 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
		expect(objectiveMastery('o', answers([1, 1, 0], day1)).score).toBe(0.5);
		expect(LEVEL_LABELS.proficient).toBe('Proficient');
	});
});

describe('masteryByObjective', () => {
	const pack = outline({
		m1: { a: ['q1', 'shared'], b: ['q2', 'shared'] },
		m2: { c: ['q3'] }
	});

	it('lists every objective of the pack in order and counts shared questions for each', () => {
		const byObjective = masteryByObjective(pack, [
			...answers([1, 1, 1], day1, 60_000, { questionId: 'shared' }),
			response({ questionId: 'q2', credit: 0, correct: false, answeredAt: day2 }),
			response({ questionId: 'unknown' })
		]);
		expect([...byObjective.keys()]).toEqual(['a', 'b', 'c']);
		expect(byObjective.get('a')).toMatchObject({ level: 'familiar', answered: 3 });
		expect(byObjective.get('b')).toMatchObject({ level: 'familiar', answered: 4 });
		expect(byObjective.get('c')).toMatchObject({ level: 'not-started', answered: 0 });
	});
});

describe('moduleMastery', () => {
	const pack = outline({ m1: { a: ['q1'], b: ['q2'], c: ['q3'] }, m2: { d: ['q4'], e: ['q5'] } });
	const mastery = (levels: Record<string, Level>) =>
		new Map<string, ObjectiveMastery>(
			Object.entries(levels).map(([objective, level]) => [
				objective,
				{ objective, level, score: LEVELS.indexOf(level) / 4, answered: 5, recentCredit: 1 }
			])
		);

	it('takes the floor of the mean level and the mean score', () => {
		const [m1, m2] = moduleMastery(
			pack,
			mastery({ a: 'mastered', b: 'familiar', c: 'not-started', d: 'proficient', e: 'mastered' })
		);
		expect(m1).toMatchObject({ moduleId: 'm1', level: 'familiar', score: 0.5 });
		expect(m1?.objectives.map((o) => o.objective)).toEqual(['a', 'b', 'c']);
		expect(m2).toMatchObject({ moduleId: 'm2', level: 'proficient', score: 0.875 });
	});

	it('is not started only when no objective is started', () => {
		const levels = moduleMastery(pack, mastery({ a: 'practising' })).map((m) => m.level);
		expect(levels).toEqual(['practising', 'not-started']);
	});

	it('treats objectives missing from the map as not started', () => {
		expect(moduleMastery(pack, new Map())[0]).toMatchObject({ level: 'not-started', score: 0 });
	});
});
