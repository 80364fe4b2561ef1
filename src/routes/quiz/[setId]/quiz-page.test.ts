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

describe("a question set's page", () => {
	it('opens the set in the mode asked for, once, however often it is asked meanwhile', async () => {
		const o = opener();
		const page = new QuizPage(set, questions, o.open);
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
		const page = new QuizPage(set, questions, o.open);
		await page.start('test', 'att-7');
		expect(o.asked[0]).toMatchObject({ mode: 'test', attemptId: 'att-7' });
	});

	it('retries the missed questions as a new attempt that says so', async () => {
		const o = opener();
		o.release();
		const page = new QuizPage(set, questions, o.open);
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
		const page = new QuizPage(set, questions, refused.open);
		await page.start('practice');
		expect(page.failed).toBe(true);
		expect(page.player).toBeNull();
	});
});
