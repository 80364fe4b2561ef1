import { describe, expect, it } from 'vitest';
import { growthOf } from './growth';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 2, 15, 0).getTime();

function answer(attemptId: string, questionId: string, credit: number, answeredAt: number) {
	return { attemptId, questionId, credit, correct: credit === 1, answeredAt };
}

const objectivesOf = (q: string) =>
	q.startsWith('a') ? ['who'] : q.startsWith('b') ? ['why'] : [];

describe('what a finished set grew', () => {
	it('names the objectives it took up a level, and only those', () => {
		const earlier = [answer('old', 'a1', 1, NOW - DAY), answer('old', 'b1', 1, NOW - DAY)];
		const now = [
			answer('this', 'a2', 1, NOW - 60_000),
			answer('this', 'a3', 1, NOW - 30_000),
			answer('this', 'b2', 0, NOW - 20_000)
		];
		const g = growthOf({
			attemptId: 'this',
			responses: [...earlier, ...now],
			objectivesOf,
			now: NOW
		});
		// "who": one answer (practising) became three right (familiar); "why" went nowhere.
		expect(g.levelUps).toEqual([{ objective: 'who', from: 'practising', to: 'familiar' }]);
	});

	it('says when the set kept the streak today, and when the day had already counted', () => {
		const yesterday = answer('old', 'a1', 1, NOW - DAY);
		const first = growthOf({
			attemptId: 'this',
			responses: [yesterday, answer('this', 'a2', 1, NOW)],
			objectivesOf,
			now: NOW
		});
		expect(first).toMatchObject({ streak: { current: 2 }, keptToday: true });
		const second = growthOf({
			attemptId: 'this',
			responses: [
				yesterday,
				answer('morning', 'b1', 1, NOW - 3_600_000),
				answer('this', 'a2', 1, NOW)
			],
			objectivesOf,
			now: NOW
		});
		expect(second).toMatchObject({ streak: { current: 2 }, keptToday: false });
	});

	it('ignores answers to questions it does not know', () => {
		const g = growthOf({
			attemptId: 'this',
			responses: [answer('this', 'zz', 1, NOW)],
			objectivesOf,
			now: NOW
		});
		expect(g.levelUps).toEqual([]);
		expect(g.streak.current).toBe(1);
	});
});
