import { describe, expect, it } from 'vitest';
import { newAttempt, type SessionRequest } from '$lib/quiz/session';
import { memoryStore } from '$lib/quiz/store';
import { make } from '$lib/test/factories';
import { QuizPage } from './quiz-page.svelte';

const questions = [make.single('a'), make.truefalse('b'), make.short('c')];
const set = {
	id: 'the-ban.basics',
	title: 'Basics',
	moduleId: 'the-ban',
	questionIds: ['a', 'b', 'c']
};

/** Opens sessions as asked, recording each request; `fail` refuses them. */
function opener(fail = false) {
	const asked: SessionRequest[] = [];
	let release = () => {};
	const gate = new Promise<void>((r) => (release = r));
	return {
		asked,
		release,
		open: async (req: SessionRequest) => {
			asked.push(req);
			await gate;
			if (fail) throw new Error('refused');
			return {
				attempt: newAttempt('me', { ...req, shuffle: false }),
				responses: [],
				store: memoryStore(),
				persistent: true
			};
		}
	};
}

/** A browser that holds data: every session comes from `open`. */
const returning = { first: () => null, stored: async () => true };

/** A browser whose hint says it holds nothing; `stored` says what the database says. */
function firstVisit(stored: boolean) {
	const firsts: SessionRequest[] = [];
	return {
		firsts,
		first: (req: SessionRequest) => {
			if (req.mode !== 'practice') return null;
			firsts.push(req);
			return {
				attempt: newAttempt('me', { ...req, shuffle: false }),
				responses: [],
				store: memoryStore(),
				persistent: true
			};
		},
		stored: async () => stored
	};
}

describe("a question set's page", () => {
	it('opens the set in the mode asked for, once, however often it is asked meanwhile', async () => {
		const o = opener();
		const page = new QuizPage(set, questions, o.open, returning);
		const first = page.start('practice');
		void page.start('practice');
		o.release();
		await first;
		expect(o.asked).toHaveLength(1);
		expect(o.asked[0]).toMatchObject({
			setId: set.id,
			title: 'Basics',
			mode: 'practice',
			fresh: false
		});
		expect(page.player?.question.id).toBe('a');
		await page.start('practice');
		expect(o.asked).toHaveLength(1);
	});

	it('reopens the attempt a results link names', async () => {
		const o = opener();
		o.release();
		const page = new QuizPage(set, questions, o.open, returning);
		await page.start('test', 'att-7');
		expect(o.asked[0]).toMatchObject({ mode: 'test', attemptId: 'att-7' });
	});

	it('retries the missed questions as a new attempt that says so', async () => {
		const o = opener();
		o.release();
		const page = new QuizPage(set, questions, o.open, returning);
		await page.start('practice');
		await page.retry(['c']);
		expect(o.asked[1]).toMatchObject({
			title: 'Basics (missed questions)',
			mode: 'practice',
			questionIds: ['c'],
			fresh: true,
			attemptId: null
		});
		expect(page.player?.attempt.questionIds).toEqual(['c']);
	});

	it('says so when the quiz cannot start', async () => {
		const refused = opener(true);
		refused.release();
		const page = new QuizPage(set, questions, refused.open, returning);
		await page.start('practice');
		expect(page.failed).toBe(true);
		expect(page.player).toBeNull();
	});

	it('opens a practice at once where the browser holds nothing, and asks nothing more', async () => {
		const o = opener();
		o.release();
		const fv = firstVisit(false);
		const page = new QuizPage(set, questions, o.open, fv);
		const started = page.start('practice');
		expect(page.player?.question.id).toBe('a');
		await started;
		expect(fv.firsts).toHaveLength(1);
		expect(o.asked).toHaveLength(0);
		expect(page.preview()?.question.id).toBe('a');
		// The page draws it where the prerendered page drew it.
		expect(page.first).toBe(page.player);
	});

	it('opens what the database holds instead when the hint was lost, unless an answer was given', async () => {
		const o = opener();
		o.release();
		const page = new QuizPage(set, questions, o.open, firstVisit(true));
		const shown = page.start('practice');
		const first = page.player;
		expect(first?.question.id).toBe('a');
		await shown;
		expect(o.asked).toHaveLength(1);
		expect(page.player).not.toBe(first);
		expect(page.first).toBeNull();

		const answered = new QuizPage(set, questions, o.open, firstVisit(true));
		const going = answered.start('practice');
		const kept = answered.player;
		void kept?.setAnswer({ type: 'single', choice: 'x' });
		const checked = kept?.check();
		await going;
		await checked;
		expect(answered.player).toBe(kept);
	});

	it('asks the database for a test, a results link and a retry, even on a first visit', async () => {
		const o = opener();
		o.release();
		const fv = firstVisit(false);
		const page = new QuizPage(set, questions, o.open, fv);
		await page.start('test');
		await new QuizPage(set, questions, o.open, fv).start('practice', 'att-1');
		await page.retry(['b']);
		expect(fv.firsts).toHaveLength(0);
		expect(o.asked.map((r) => r.mode)).toEqual(['test', 'practice', 'practice']);
	});
});
