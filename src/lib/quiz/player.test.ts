import { describe, expect, it } from 'vitest';
import { make, sample } from '$lib/test/factories';
import { createAttempt, type Attempt, type Response } from './attempt';
import { Player } from './player.svelte';
import { memoryStore, type QuizStore } from './store';

const questions = [make.single('a'), make.truefalse('b'), make.short('c')];

function attempt(mode: Attempt['mode'], shuffle = false): Attempt {
	return createAttempt({
		id: 'att',
		profileId: 'p',
		setId: 'set',
		title: 'A set',
		mode,
		seed: 7,
		questionIds: questions.map((q) => q.id),
		shuffle,
		moduleId: 'the-ban',
		now: 0
	});
}

function clock(step = 1000) {
	let t = 0;
	return () => (t += step);
}

describe('practice', () => {
	it('checks an answer, shows feedback, and brings a miss back once at the end', async () => {
		const player = new Player(attempt('practice'), [], questions, memoryStore(), clock());
		await player.setAnswer({ type: 'single', choice: 'Japan' });
		const r = await player.check();
		expect(r).toMatchObject({ questionId: 'a', correct: false, credit: 0, round: 0 });
		expect(player.feedback?.questionId).toBe('a');
		expect(player.attempt.queue).toEqual(['a', 'b', 'c', 'a']);

		await player.next();
		expect(player.question.id).toBe('b');
		expect(player.feedback).toBeNull();
		await player.setAnswer({ type: 'truefalse', value: true });
		await player.check();
		await player.next();
		await player.setAnswer({ type: 'short', text: ' micron technology ' });
		expect((await player.check()).correct).toBe(true);
		await player.next();

		expect(player.question.id).toBe('a');
		expect(player.round).toBe(1);
		await player.setAnswer({ type: 'single', choice: 'Micron' });
		await player.check();
		expect(player.attempt.queue).toHaveLength(4);
		await player.next();
		expect(player.finished).toBe(true);
		expect(player.finishedJustNow).toBe(true);
		// The retry does not change the score: the first pass counts.
		expect(player.summary).toMatchObject({ correctCount: 2, total: 3, percent: 67, missed: ['a'] });
	});

	it('charges for a hint', async () => {
		const player = new Player(attempt('practice'), [], questions, memoryStore(), clock());
		await player.useHint();
		await player.setAnswer({ type: 'single', choice: 'Micron' });
		expect(await player.check()).toMatchObject({ correct: true, credit: 0.75, hintUsed: true });
	});

	it('counts the first pass as "of 3" however many are missed, then a second-chance round', async () => {
		const player = new Player(attempt('practice'), [], questions, memoryStore(), clock());
		expect(player.step).toEqual({ secondChance: false, index: 1, total: 3 });
		await player.setAnswer({ type: 'single', choice: 'Japan' });
		await player.check();
		expect(player.step).toEqual({ secondChance: false, index: 1, total: 3 });
		await player.next();
		await player.setAnswer({ type: 'truefalse', value: false });
		await player.check();
		await player.next();
		expect(player.step).toEqual({ secondChance: false, index: 3, total: 3 });
		await player.setAnswer({ type: 'short', text: 'micron' });
		await player.useHint();
		await player.check();
		await player.next();
		// Two missed: the round of second chances is "1 of 2".
		expect(player.step).toEqual({ secondChance: true, index: 1, total: 2 });
		expect(player.question.id).toBe('a');
		await player.setAnswer({ type: 'single', choice: 'Micron' });
		await player.check();
		await player.next();
		expect(player.step).toEqual({ secondChance: true, index: 2, total: 2 });
		await player.setAnswer({ type: 'truefalse', value: true });
		await player.check();
		await player.next();
		// Right, missed and hinted add up to the set: a hint is right, but worth another go.
		expect(player.summary).toMatchObject({
			correctCount: 1,
			missed: ['a', 'b'],
			hinted: ['c']
		});
	});

	it('warns, and goes on, when an answer cannot be saved', async () => {
		const failing: QuizStore = {
			...memoryStore(),
			saveDraft: () => Promise.reject(new Error('QuotaExceededError'))
		};
		const player = new Player(attempt('practice'), [], questions, failing, clock());
		await player.setAnswer({ type: 'single', choice: 'Micron' });
		expect(player.saveError).toMatch(/could not be saved/);
		expect(player.draftFor(questions[0]!).answer).toEqual({ type: 'single', choice: 'Micron' });
	});
});

describe('test mode', () => {
	it('counts a question passed by without an answer as unanswered, and an ordering only once moved', async () => {
		const order = sample.ordering({ id: 'o' });
		const qs = [make.single('a'), make.truefalse('b'), order];
		const player = new Player(
			createAttempt({
				id: 't',
				profileId: 'p',
				setId: 'set',
				title: 'A test',
				mode: 'test',
				seed: 1,
				questionIds: qs.map((q) => q.id),
				shuffle: false,
				moduleId: null,
				now: 0
			}),
			[],
			qs,
			memoryStore(),
			clock()
		);
		// Next, Next: each visit keeps its time in a draft, but nothing is answered.
		await player.goTo(1);
		await player.goTo(2);
		expect(player.attempt.drafts.a).toBeDefined();
		expect(player.unanswered).toBe(3);
		// The dealt order is an answer only once the learner has moved something.
		expect(player.answered(order)).toBe(false);
		const dealt = player.draftFor(order).answer;
		await player.setAnswer(dealt);
		expect(player.answered(order)).toBe(true);
		await player.goTo(0);
		expect(player.answered(order)).toBe(true);
		expect(player.unanswered).toBe(2);
	});

	it('keeps answers as drafts until submitted, then scores every question', async () => {
		const player = new Player(attempt('test'), [], questions, memoryStore(), clock());
		await player.setAnswer({ type: 'single', choice: 'Micron' });
		await player.goTo(2);
		await player.setAnswer({ type: 'short', text: 'Japan' });
		expect(player.responses).toEqual([]);
		expect(player.unanswered).toBe(1);
		expect(player.finishedJustNow).toBe(false);
		await player.submit();
		expect(player.finished).toBe(true);
		expect(player.finishedJustNow).toBe(true);
		expect(player.responses.map((r) => [r.questionId, r.credit])).toEqual([
			['a', 1],
			['b', 0],
			['c', 0]
		]);
		expect(player.summary.percent).toBe(33);
		expect(player.summary.timeMs).toBeGreaterThan(0);
	});
});

describe('resuming', () => {
	it('shows the same question, answers and option order after a reload', async () => {
		const saved = attempt('practice', true);
		const first = new Player(saved, [], questions, memoryStore(), clock());
		const order = first.order(questions[0]!);
		await first.goTo(0);
		const shown = first.question;
		const given = { type: 'short' as const, text: 'typed so far' };
		await first.setAnswer(given);

		const again = new Player(
			JSON.parse(JSON.stringify(first.attempt)),
			[],
			questions,
			memoryStore(),
			clock()
		);
		expect(again.attempt.questionIds).toEqual(first.attempt.questionIds);
		expect(again.question.id).toBe(shown.id);
		expect(again.order(questions[0]!)).toEqual(order);
		expect(again.draftFor(shown).answer).toEqual(given);
	});

	it('opens a finished attempt (a results link, a reload) as finished, not as just finished', async () => {
		const player = new Player(attempt('test'), [], questions, memoryStore(), clock());
		await player.submit();
		const reopened = new Player(
			JSON.parse(JSON.stringify(player.attempt)),
			JSON.parse(JSON.stringify(player.responses)),
			questions,
			memoryStore(),
			clock()
		);
		expect(reopened.finished).toBe(true);
		expect(reopened.finishedJustNow).toBe(false);
		expect(reopened.summary.percent).toBe(player.summary.percent);
	});
});

describe('moving on', () => {
	it('saves the new position before showing the next question', async () => {
		let release = () => {};
		const slow: QuizStore = {
			...memoryStore(),
			move: () => new Promise<void>((resolve) => (release = resolve))
		};
		const player = new Player(attempt('test'), [], questions, slow, clock());
		const moving = player.goTo(1);
		await new Promise((r) => setTimeout(r, 0));
		expect(player.position).toBe(0);
		release();
		await moving;
		expect(player.position).toBe(1);
	});
});

describe('two tabs on one attempt', () => {
	it('shows the answer checked first in another tab, not its own', async () => {
		const start = attempt('practice');
		// The other tab checked a miss on "a" first; the store keeps that one.
		const first: Response = {
			id: 'att:a:0',
			attemptId: 'att',
			profileId: 'p',
			questionId: 'a',
			round: 0,
			answer: { type: 'single', choice: 'Japan' },
			credit: 0,
			correct: false,
			hintUsed: false,
			timeMs: 1000,
			answeredAt: 1
		};
		const store: QuizStore = {
			...memoryStore(),
			record: async () => ({
				attempt: { ...start, queue: ['a', 'b', 'c', 'a'] },
				responses: [first]
			})
		};
		const player = new Player(start, [], questions, store, clock());
		await player.setAnswer({ type: 'single', choice: 'Micron' });
		const shown = await player.check();
		expect(shown).toMatchObject({ correct: false, credit: 0 });
		expect(player.feedback?.answer).toEqual({ type: 'single', choice: 'Japan' });
		expect(player.attempt.queue).toEqual(['a', 'b', 'c', 'a']);
		expect(player.summary.credit).toBe(0);
	});
});

describe('questions the lessons no longer have', () => {
	it('leaves them out, says which, and opens what is left at the same question', async () => {
		const saved = {
			...attempt('practice'),
			questionIds: ['nope.q1', 'a', 'gone.q2', 'b', 'c'],
			queue: ['nope.q1', 'a', 'gone.q2', 'b', 'c'],
			position: 2
		};
		const writes: Attempt[] = [];
		const store: QuizStore = { ...memoryStore(), save: async (a) => void writes.push(a) };
		const player = new Player(saved, [], questions, store, clock());
		expect(player.leftOut).toEqual(['nope.q1', 'gone.q2']);
		expect(player.question.id).toBe('b');
		expect(player.length).toBe(3);
		expect(player.questions.map((q) => q.id)).toEqual(['a', 'b', 'c']);
		expect(player.summary.total).toBe(3);
		// Kept, so a reload opens the same question.
		expect(writes[0]).toMatchObject({ queue: ['a', 'b', 'c'], position: 1 });
	});

	it('is empty when none is left, and never throws while opening', () => {
		const saved = { ...attempt('practice'), questionIds: ['nope.q1'], queue: ['nope.q1'] };
		const player = new Player(saved, [], questions, memoryStore(), clock());
		expect(player.empty).toBe(true);
		expect(player.leftOut).toEqual(['nope.q1']);
	});
});
