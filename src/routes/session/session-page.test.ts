import { describe, expect, it } from 'vitest';
import { createAttempt, type Attempt } from '$lib/quiz/attempt';
import { memoryStore } from '$lib/quiz/store';
import { make } from '$lib/test/factories';
import { SessionPage, type SessionSources } from './session-page.svelte';

const questions = [make.single('a'), make.truefalse('b')];

function attempt(over: Partial<Attempt> = {}): Attempt {
	return {
		...createAttempt({
			id: 'att',
			profileId: 'me',
			setId: 'review',
			title: 'Review',
			mode: 'review',
			seed: 1,
			questionIds: questions.map((q) => q.id),
			shuffle: false,
			moduleId: null,
			now: 0
		}),
		...over
	};
}

/** Sources holding `stored`, for the learner `me`; `started` records the retries begun. */
function sources(stored: Attempt[], fail = false) {
	const started: { title: string; ids: string[] }[] = [];
	let opened = 0;
	const s: SessionSources = {
		content: async () => {
			if (fail) throw new Error('The lessons could not be loaded (503).');
			return {
				sic: [],
				objectives: { o1: 'Who acted' },
				questions: (ids) => questions.filter((q) => ids.includes(q.id))
			};
		},
		attempt: async (id) => {
			opened += 1;
			return stored.find((a) => a.id === id);
		},
		responses: async () => [],
		learnerId: async () => 'me',
		store: () => memoryStore(),
		startRetry: async (title, ids) => {
			started.push({ title, ids });
			return attempt({ id: `retry-${started.length}`, title, questionIds: ids });
		}
	};
	return { load: async () => s, started, opened: () => opened };
}

describe('the session page', () => {
	it("opens this learner's stored session with its questions", async () => {
		const page = new SessionPage(sources([attempt()]).load);
		await page.open('att');
		expect(page.problem).toBe('');
		expect(page.player?.attempt.id).toBe('att');
		expect(page.player?.question.id).toBe('a');
		expect(page.objectives).toEqual({ o1: 'Who acted' });
	});

	it('says so when the link names no session, or one this device does not hold', async () => {
		const page = new SessionPage(sources([]).load);
		await page.open(null);
		expect(page.problem).toBe('No session was named in this link.');
		await page.open('gone');
		expect(page.problem).toMatch(/not on this device/);
		expect(page.player).toBeNull();
	});

	it("does not open another learner's session, and says where to switch", async () => {
		const page = new SessionPage(sources([attempt({ profileId: 'sibling' })]).load);
		await page.open('att');
		expect(page.theirs).toBe(true);
		expect(page.problem).toMatch(/another learner/);
		expect(page.player).toBeNull();
	});

	it('opens each session once, however often the address is read', async () => {
		const src = sources([attempt()]);
		const page = new SessionPage(src.load);
		await page.open('att');
		await page.open('att');
		expect(src.opened()).toBe(1);
	});

	it('shows what went wrong when the lessons cannot be loaded', async () => {
		const page = new SessionPage(sources([attempt()], true).load);
		await page.open('att');
		expect(page.problem).toBe('The lessons could not be loaded (503).');
	});

	it('starts a retry of the missed questions under a title that says so', async () => {
		const src = sources([attempt({ title: 'Weakest objectives' })]);
		const page = new SessionPage(src.load);
		await page.open('att');
		expect(await page.retry(['b'])).toBe('retry-1');
		expect(src.started).toEqual([{ title: 'Weakest objectives (missed questions)', ids: ['b'] }]);
	});
});
