import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/quiz/answer';
import { sample } from '$lib/test/factories';
import { setup } from './test-setup';

const order = ['US agency', 'Regulator', 'Chipmaker'];
const empty = { CAC: null, Micron: null, 'Commerce Department': null };

/** A matching question with its answer kept up to date, as the player does. */
function play(pairs: Record<string, string | null> = empty) {
	const result = setup(sample.matching(), { type: 'matching', pairs }, { order });
	const last = () => result.onchange.mock.lastCall?.[0] as Answer;
	return { ...result, last, follow: () => result.rerender({ answer: last() }) };
}

const item = (name: string) => screen.getByRole('button', { name });
const answers = () => within(screen.getByRole('list', { name: 'Answers' }));
const pool = () =>
	answers()
		.getAllByRole('button')
		.map((b) => b.textContent);
const row = (left: string) =>
	within(screen.getByRole('list', { name: 'Items' }))
		.getAllByRole('listitem')
		.find((li) => li.textContent?.startsWith(left));

describe('QuestionInput: matching by tapping pairs', () => {
	it('pairs an item and an answer by clicks; the answer leaves the pool', async () => {
		const { user, onchange, follow } = play();
		expect(screen.getByRole('group', { name: /Match each actor/ })).toHaveAccessibleDescription(
			'Tap an item, then the answer that goes with it.'
		);
		expect(pool()).toEqual(order);
		expect(screen.getByRole('status')).toHaveTextContent('0 of 3 matched');

		await user.click(item('Micron'));
		expect(item('Micron')).toHaveAttribute('aria-pressed', 'true');
		expect(onchange).not.toHaveBeenCalled();
		await user.click(answers().getByRole('button', { name: 'Chipmaker' }));
		expect(onchange).toHaveBeenLastCalledWith({
			type: 'matching',
			pairs: { ...empty, Micron: 'Chipmaker' }
		});
		await follow();
		expect(row('Micron')).toHaveTextContent('Micron → matched with Chipmaker');
		expect(pool()).toEqual(['US agency', 'Regulator']);
		expect(screen.getByRole('status')).toHaveTextContent('1 of 3 matched');
		// On to the next item still to match.
		expect(item('Commerce Department')).toHaveFocus();
	});

	it('pairs an answer chosen first with the item tapped next', async () => {
		const { user, onchange } = play();
		await user.click(answers().getByRole('button', { name: 'Regulator' }));
		expect(answers().getByRole('button', { name: 'Regulator' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await user.click(item('CAC'));
		expect(onchange).toHaveBeenLastCalledWith({
			type: 'matching',
			pairs: { ...empty, CAC: 'Regulator' }
		});
	});

	it('a second tap, or Escape, puts a chosen tile down', async () => {
		const { user } = play();
		await user.click(item('CAC'));
		await user.click(item('CAC'));
		expect(item('CAC')).toHaveAttribute('aria-pressed', 'false');
		await user.click(item('CAC'));
		await user.keyboard('{Escape}');
		expect(item('CAC')).toHaveAttribute('aria-pressed', 'false');
	});

	it('an answer cannot be used twice, and undo puts it back in the pool', async () => {
		const { user, follow, last } = play({ ...empty, CAC: 'Regulator' });
		expect(answers().queryByRole('button', { name: 'Regulator' })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Undo the match for “CAC”' }));
		expect(last()).toEqual({ type: 'matching', pairs: empty });
		await follow();
		expect(pool()).toEqual(order);
		expect(item('CAC')).toHaveFocus();
		expect(screen.getByRole('status')).toHaveTextContent('0 of 3 matched');
	});

	it('counts distinct matches: an old draft with one answer twice shows both rows', () => {
		play({ CAC: 'Regulator', Micron: 'Regulator', 'Commerce Department': 'US agency' });
		expect(row('CAC')).toHaveTextContent('Regulator');
		expect(row('Micron')).toHaveTextContent('Regulator');
		expect(pool()).toEqual(['Chipmaker']);
		expect(screen.getByRole('status')).toHaveTextContent('2 of 3 matched');
	});

	it('with every answer used, says so and focuses the last pair’s undo', async () => {
		const { user, follow } = play({ ...empty, CAC: 'Regulator', Micron: 'Chipmaker' });
		await user.click(item('Commerce Department'));
		await user.click(answers().getByRole('button', { name: 'US agency' }));
		await follow();
		expect(screen.getByText('Every answer is used. Undo a match to change it.')).toBeVisible();
		expect(screen.getByRole('status')).toHaveTextContent('3 of 3 matched');
		expect(
			screen.getByRole('button', { name: 'Undo the match for “Commerce Department”' })
		).toHaveFocus();
	});

	it('works by keyboard alone: Tab to a tile, Enter or Space', async () => {
		const { user, last, follow } = play();
		await user.tab();
		expect(item('CAC')).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(item('CAC')).toHaveAttribute('aria-pressed', 'true');
		await user.tab(); // Micron
		await user.tab(); // Commerce Department
		await user.tab(); // the first answer
		await user.tab();
		expect(answers().getByRole('button', { name: 'Regulator' })).toHaveFocus();
		await user.keyboard(' ');
		expect(last()).toEqual({ type: 'matching', pairs: { ...empty, CAC: 'Regulator' } });
		await follow();
		expect(item('Micron')).toHaveFocus();
	});

	it('reveal marks each row in words, "Should be" on a wrong one; locked changes nothing', () => {
		const pairs = { CAC: 'Regulator', Micron: 'US agency', 'Commerce Department': null };
		setup(sample.matching(), { type: 'matching', pairs }, { reveal: true, locked: true, order });
		expect(screen.queryAllByRole('button')).toEqual([]);
		expect(
			screen.getByRole('group', { name: /Match each actor/ })
		).not.toHaveAccessibleDescription();
		const rows = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(rows.map((r) => r.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'CAC → matched with Regulator Right match',
			'Micron → matched with US agency Should be: Chipmaker',
			'Commerce Department Not matched Should be: US agency'
		]);
		expect(screen.queryByText(/Correct:/)).toBeNull();
	});
});
