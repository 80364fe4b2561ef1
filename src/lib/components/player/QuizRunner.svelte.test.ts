import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAttempt } from '$lib/quiz/attempt';
import { Player } from '$lib/quiz/player.svelte';
import { memoryStore, type QuizStore } from '$lib/quiz/store';
import { make } from '$lib/test/factories';
import QuizRunner from './QuizRunner.svelte';

/** A store that clones every write as IndexedDB does, so a state proxy would fail here. */
function cloningStore(): QuizStore & { writes: number } {
	const store = {
		writes: 0,
		save: async (...args: unknown[]) => void (structuredClone(args), store.writes++),
		saveDraft: async (...args: unknown[]) => void (structuredClone(args), store.writes++),
		move: async (...args: unknown[]) => void (structuredClone(args), store.writes++),
		record: async (...args: unknown[]) => (structuredClone(args), store.writes++, null),
		submit: async (...args: unknown[]) => (structuredClone(args), store.writes++, null),
		finish: async (...args: unknown[]) => void (structuredClone(args), store.writes++)
	};
	return store;
}

function player(mode: 'practice' | 'test' = 'practice', store: QuizStore = memoryStore()) {
	const questions = [make.single('a', { hint: 'Think of the headline.' }), make.truefalse('b')];
	const attempt = createAttempt({
		id: 'att',
		profileId: 'p',
		setId: 's',
		title: 'Basics',
		mode,
		seed: 3,
		questionIds: questions.map((q) => q.id),
		shuffle: false,
		moduleId: null,
		now: 0
	});
	return new Player(attempt, [], questions, store);
}

const props = (p: Player) => ({
	player: p,
	sic: [],
	articlePath: '/article/',
	returnTo: '/quiz/s/?mode=practice',
	close: { href: '/module/m/', label: 'The module' }
});

describe('the quiz runner', () => {
	it('shows progress, checks an answer and keeps the learner’s pick visible beside the right one', async () => {
		const user = userEvent.setup();
		const p = player();
		render(QuizRunner, props(p));
		expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeInTheDocument();
		expect(screen.getByRole('progressbar', { name: 'Progress through the set' })).toHaveAttribute(
			'aria-valuenow',
			'0'
		);
		expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();

		await user.click(screen.getByRole('radio', { name: 'Japan' }));
		await user.click(screen.getByRole('button', { name: 'Check' }));

		const verdict = await screen.findByRole('heading', { name: /Not quite/ });
		expect(verdict).toHaveFocus();
		expect(screen.getByText('The answer:')).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: /Japan/ })).toBeChecked();
		expect(screen.getByRole('radio', { name: /Micron.*Correct answer/ })).toBeInTheDocument();
		expect(screen.getByRole('status')).toHaveTextContent('Not quite.');
		// The explanation and the evidence wait behind "Why?".
		expect(screen.queryByText('Why a is so.')).not.toBeInTheDocument();
		const why = screen.getByRole('button', { name: 'Why?' });
		expect(why).toHaveAttribute('aria-expanded', 'false');
		await user.click(why);
		expect(why).toHaveAttribute('aria-expanded', 'true');
		expect(screen.getByText('Why a is so.')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Read it in the article' })).toHaveAttribute(
			'href',
			expect.stringContaining('/article/?q=')
		);
		// The miss will come back, but the count stays the set's.
		expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Close, back to The module' })).toHaveAttribute(
			'href',
			'/module/m/'
		);
	});

	it('checks with Enter and continues with Enter again, then gives the miss a second chance', async () => {
		const user = userEvent.setup();
		const p = player();
		render(QuizRunner, props(p));
		await user.click(screen.getByRole('radio', { name: 'Japan' }));
		await user.keyboard('{Enter}');
		expect(await screen.findByRole('heading', { name: /Not quite/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(await screen.findByRole('heading', { name: 'Question 2 of 2' })).toHaveFocus();
		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.keyboard('{Enter}');
		await user.keyboard('{Enter}');
		expect(
			await screen.findByRole('heading', { name: 'Second chance: 1 of 1' })
		).toBeInTheDocument();
		expect(
			screen.getByRole('progressbar', { name: 'Progress through the second chances' })
		).toHaveAttribute('aria-valuenow', '0');
	});

	it('saves every step in a form IndexedDB can store, right or wrong', async () => {
		const user = userEvent.setup();
		const store = cloningStore();
		const p = player('practice', store);
		render(QuizRunner, props(p));
		await user.click(screen.getByRole('radio', { name: 'Micron' }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		await user.click(await screen.findByRole('button', { name: 'Continue' }));
		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.click(screen.getByRole('button', { name: 'Check' }));
		await user.click(await screen.findByRole('button', { name: 'See your results' }));
		expect(p.saveError).toBeNull();
		expect(p.finished).toBe(true);
		expect(store.writes).toBeGreaterThanOrEqual(6);
	});

	it('shows a hint only when asked, and says what it costs', async () => {
		const user = userEvent.setup();
		render(QuizRunner, props(player()));
		expect(screen.queryByText('Think of the headline.')).not.toBeInTheDocument();
		const hint = screen.getByRole('button', { name: 'Show a hint' });
		expect(hint).toHaveAccessibleDescription('A hint keeps 75% of the credit.');
		await user.click(hint);
		expect(screen.getByText('Think of the headline.')).toBeInTheDocument();
	});

	it('in a test, gives no feedback and asks before submitting with questions unanswered', async () => {
		const user = userEvent.setup();
		const p = player('test');
		render(QuizRunner, props(p));
		await user.click(screen.getByRole('radio', { name: 'Micron' }));
		expect(screen.queryByRole('button', { name: 'Check' })).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Submit the test' }));
		expect(screen.getByRole('alert')).toHaveTextContent('1 question has no answer');
		await user.click(screen.getByRole('button', { name: 'Yes, submit the test' }));
		expect(p.finished).toBe(true);
		expect(p.summary.correctCount).toBe(1);
	});
});
