import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import Explanation from './Explanation.svelte';

const matching: Question = {
	id: 'm1',
	type: 'matching',
	objectives: ['o'],
	difficulty: 2,
	prompt: 'Match them.',
	explanation: 'Each belongs with its own.',
	evidence: 'the whole passage',
	pairs: [
		{ left: 'Regulator', right: 'Announced it', evidence: 'a statement from the regulator' },
		{ left: 'Micron', right: 'U.S. firm', evidence: 'U.S. firm Micron' }
	]
};

const props = (question: Question) => ({
	question,
	sic: [],
	articlePath: '/article/',
	returnTo: '/quiz/x/'
});

describe('the explanation after an answer', () => {
	it("shows the article's words for the answer, and folds those for each part below them", async () => {
		render(Explanation, props(matching));
		expect(screen.getByText('Each belongs with its own.')).toBeInTheDocument();
		const links = screen.getAllByRole('link', { name: 'Read it in the article' });
		expect(links[0]).toHaveAttribute('href', expect.stringContaining('/article/'));
		const fold = screen.getByText("The article's words for each part (2)");
		expect(fold.closest('details')).not.toHaveAttribute('open');
		await userEvent.click(fold);
		const details = fold.closest('details') as HTMLElement;
		expect(within(details).getByText('Regulator → Announced it')).toBeVisible();
		expect(within(details).getAllByRole('listitem')).toHaveLength(2);
		expect(within(details).getByText(/U\.S\. firm Micron/)).toBeVisible();
		expect(within(details).getAllByRole('link', { name: 'Read it in the article' })).toHaveLength(
			2
		);
	});

	it('has no fold for an answer in one piece', () => {
		const { id, objectives, difficulty, prompt, explanation, evidence } = matching;
		const single: Question = {
			...{ id, objectives, difficulty, prompt, explanation, evidence },
			type: 'single',
			options: ['a', 'b'],
			answer: 'a'
		};
		render(Explanation, props(single));
		expect(screen.queryByText(/for each part/)).toBeNull();
	});

	it('says which reading skill the question practised, where the pack records one', () => {
		const { unmount } = render(Explanation, props({ ...matching, skill: 'unsaid' }));
		expect(
			screen.getByText('This question practises noticing what the article does not say.')
		).toBeVisible();
		unmount();
		render(Explanation, props(matching));
		expect(screen.queryByText(/This question practises/)).toBeNull();
	});
});
