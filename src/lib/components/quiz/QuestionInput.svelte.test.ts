import type { Question } from '$lib/content/schema';
import type { Answer } from '$lib/quiz/answer';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import QuestionInput from './QuestionInput.svelte';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

const common = {
	objectives: ['obj'],
	difficulty: 1 as const,
	explanation: 'Because the article says so.',
	evidence: 'Some words from the article.'
};

const make = {
	single: (o: Partial<Of<'single'>> = {}): Of<'single'> => ({
		...common,
		id: 'q-single',
		type: 'single',
		prompt: 'Which company was banned?',
		options: ['Micron', 'Samsung', 'Intel'],
		answer: 'Micron',
		...o
	}),
	multi: (o: Partial<Of<'multi'>> = {}): Of<'multi'> => ({
		...common,
		id: 'q-multi',
		type: 'multi',
		prompt: 'Which are memory makers?',
		options: ['Micron', 'SK Hynix', 'Nvidia'],
		answers: ['Micron', 'SK Hynix'],
		...o
	}),
	truefalse: (o: Partial<Of<'truefalse'>> = {}): Of<'truefalse'> => ({
		...common,
		id: 'q-tf',
		type: 'truefalse',
		prompt: 'The ban covered all products.',
		answer: false,
		...o
	}),
	matching: (o: Partial<Of<'matching'>> = {}): Of<'matching'> => ({
		...common,
		id: 'q-match',
		type: 'matching',
		prompt: 'Match each actor to its role.',
		pairs: [
			{ left: 'CAC', right: 'Regulator' },
			{ left: 'Micron', right: 'Chipmaker' },
			{ left: 'Commerce Department', right: 'US agency' }
		],
		...o
	}),
	ordering: (o: Partial<Of<'ordering'>> = {}): Of<'ordering'> => ({
		...common,
		id: 'q-order',
		type: 'ordering',
		prompt: 'Put the events in order.',
		items: ['Review opened', 'Review ended', 'Ban announced'],
		...o
	}),
	short: (o: Partial<Of<'short'>> = {}): Of<'short'> => ({
		...common,
		id: 'q-short',
		type: 'short',
		prompt: 'Name the regulator.',
		answers: ['CAC'],
		...o
	}),
	whosaid: (o: Partial<Of<'whosaid'>> = {}): Of<'whosaid'> => ({
		...common,
		id: 'q-who',
		type: 'whosaid',
		prompt: 'Attribute the quote.',
		quote: 'We are evaluating the statement recieved today.',
		options: ['Micron', 'The CAC'],
		answer: 'Micron',
		...o
	}),
	claimfact: (o: Partial<Of<'claimfact'>> = {}): Of<'claimfact'> => ({
		...common,
		id: 'q-claim',
		type: 'claimfact',
		prompt: 'Claim or reporting?',
		statement: 'The products pose serious security risks.',
		answer: 'claim',
		claimant: 'The CAC',
		...o
	})
};

const sic = [{ text: 'recieved', note: 'misspelt in the original' }];

function setup(
	question: Question,
	answer: Answer,
	extra: { order?: string[]; locked?: boolean; reveal?: boolean } = {}
) {
	const onchange = vi.fn<(answer: Answer) => void>();
	const user = userEvent.setup();
	const result = render(QuestionInput, {
		question,
		answer,
		onchange,
		order: extra.order ?? [],
		sic,
		locked: extra.locked,
		reveal: extra.reveal,
		number: 3,
		total: 12
	});
	return { ...result, onchange, user };
}

describe('QuestionInput', () => {
	it('names the group by the prompt, with the question number for screen readers', () => {
		setup(make.single(), { type: 'single', choice: null });
		const group = screen.getByRole('group', {
			name: 'Question 3 of 12: Which company was banned?'
		});
		expect(within(group).getAllByRole('radio')).toHaveLength(3);
	});

	it('single: picks an option, shown in the given order', async () => {
		const { user, onchange } = setup(
			make.single(),
			{ type: 'single', choice: null },
			{ order: ['Intel', 'Micron', 'Samsung'] }
		);
		const radios = screen.getAllByRole('radio');
		expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual([
			'Intel',
			'Micron',
			'Samsung'
		]);
		await user.click(screen.getByRole('radio', { name: 'Samsung' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'single', choice: 'Samsung' });
	});

	it('single: reveal marks the right option and the wrong pick, in words', () => {
		setup(make.single(), { type: 'single', choice: 'Intel' }, { reveal: true, locked: true });
		expect(screen.getByRole('radio', { name: /Micron/ })).toHaveAccessibleName(
			'Micron, Correct answer'
		);
		expect(screen.getByRole('radio', { name: /Intel/ })).toHaveAccessibleName('Intel, Your answer');
		expect(screen.getByRole('radio', { name: 'Intel, Your answer' })).toBeChecked();
		expect(screen.getAllByText('Correct answer')).toHaveLength(1);
	});

	it('single: locked disables the choices but keeps the pick', async () => {
		const { user, onchange } = setup(
			make.single(),
			{ type: 'single', choice: 'Intel' },
			{ locked: true }
		);
		for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
		expect(screen.getByRole('radio', { name: 'Intel' })).toBeChecked();
		await user.click(screen.getByRole('radio', { name: 'Micron' }));
		expect(onchange).not.toHaveBeenCalled();
	});

	it('multi: checks several options, with the hint describing the group', async () => {
		const { user, onchange, rerender } = setup(make.multi(), { type: 'multi', choices: [] });
		expect(
			screen.getByRole('group', { name: /Which are memory makers\?/ })
		).toHaveAccessibleDescription('Select all that apply');
		await user.click(screen.getByRole('checkbox', { name: 'SK Hynix' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'multi', choices: ['SK Hynix'] });
		await rerender({ answer: { type: 'multi', choices: ['SK Hynix'] } });
		await user.click(screen.getByRole('checkbox', { name: 'Micron' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'multi', choices: ['Micron', 'SK Hynix'] });
		await rerender({ answer: { type: 'multi', choices: ['Micron', 'SK Hynix'] } });
		await user.click(screen.getByRole('checkbox', { name: 'Micron' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'multi', choices: ['SK Hynix'] });
	});

	it('multi: reveal marks every right option and each wrong pick', () => {
		setup(make.multi(), { type: 'multi', choices: ['Micron', 'Nvidia'] }, { reveal: true });
		expect(screen.getByRole('checkbox', { name: /Micron/ })).toHaveAccessibleName(
			'Micron, Correct answer'
		);
		expect(screen.getByRole('checkbox', { name: /SK Hynix/ })).toHaveAccessibleName(
			'SK Hynix, Correct answer'
		);
		expect(screen.getByRole('checkbox', { name: /Nvidia/ })).toHaveAccessibleName(
			'Nvidia, Your answer'
		);
	});

	it('truefalse: offers True and False', async () => {
		const { user, onchange } = setup(make.truefalse(), { type: 'truefalse', value: null });
		await user.click(screen.getByRole('radio', { name: 'False' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'truefalse', value: false });
		await user.click(screen.getByRole('radio', { name: 'True' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'truefalse', value: true });
	});

	it('truefalse: reveal marks the right value', () => {
		setup(make.truefalse(), { type: 'truefalse', value: true }, { reveal: true, locked: true });
		expect(screen.getByRole('radio', { name: /False/ })).toHaveAccessibleName(
			'False, Correct answer'
		);
		expect(screen.getByRole('radio', { name: /True/ })).toHaveAccessibleName('True, Your answer');
	});

	it('matching: a labelled select per left item, counting the matches', async () => {
		const q = make.matching();
		const order = ['US agency', 'Regulator', 'Chipmaker'];
		const empty = { CAC: null, Micron: null, 'Commerce Department': null };
		const { user, onchange, rerender } = setup(q, { type: 'matching', pairs: empty }, { order });
		const select = screen.getByRole('combobox', { name: 'Micron' });
		expect(
			within(select)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Choose…', ...order]);
		expect(screen.getByRole('status')).toHaveTextContent('0 of 3 matched');
		await user.selectOptions(select, 'Chipmaker');
		const pairs = { ...empty, Micron: 'Chipmaker' };
		expect(onchange).toHaveBeenLastCalledWith({ type: 'matching', pairs });
		await rerender({ answer: { type: 'matching', pairs } });
		expect(screen.getByRole('combobox', { name: 'Micron' })).toHaveValue('Chipmaker');
		expect(screen.getByRole('status')).toHaveTextContent('1 of 3 matched');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Micron' }), '');
		expect(onchange).toHaveBeenLastCalledWith({ type: 'matching', pairs: empty });
	});

	it('matching: reveal says which matches are right and gives the right one', () => {
		const pairs = { CAC: 'Regulator', Micron: 'US agency', 'Commerce Department': null };
		setup(make.matching(), { type: 'matching', pairs }, { reveal: true, locked: true });
		expect(screen.getByRole('combobox', { name: 'CAC' })).toHaveAccessibleDescription(
			'Correct match'
		);
		expect(screen.getByRole('combobox', { name: 'Micron' })).toHaveAccessibleDescription(
			'Wrong match. Correct: Chipmaker'
		);
		expect(screen.getByRole('combobox', { name: 'Commerce Department' })).toBeDisabled();
	});

	it('ordering: moves items, keeps focus on the moved item and announces it', async () => {
		const q = make.ordering();
		const { user, onchange, rerender } = setup(q, {
			type: 'ordering',
			order: ['Ban announced', 'Review opened', 'Review ended']
		});
		expect(screen.getByRole('button', { name: 'Move “Ban announced” up' })).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Move “Review ended” down' })).toBeDisabled();

		await user.click(screen.getByRole('button', { name: /Move “Ban announced” down/ }));
		const order = ['Review opened', 'Ban announced', 'Review ended'];
		expect(onchange).toHaveBeenLastCalledWith({ type: 'ordering', order });
		await rerender({ answer: { type: 'ordering', order } });
		expect(screen.getByRole('button', { name: 'Move “Ban announced” down' })).toHaveFocus();
		expect(screen.getByText('“Ban announced” moved to position 2 of 3')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Move “Ban announced” down' }));
		const last = ['Review opened', 'Review ended', 'Ban announced'];
		expect(onchange).toHaveBeenLastCalledWith({ type: 'ordering', order: last });
		await rerender({ answer: { type: 'ordering', order: last } });
		// "Down" is disabled at the end, so focus moves to "up" on the same item.
		expect(screen.getByRole('button', { name: 'Move “Ban announced” up' })).toHaveFocus();
		const items = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(items.map((li) => li.textContent?.trim())).toEqual([
			'1. Review opened',
			'2. Review ended',
			'3. Ban announced'
		]);
	});

	it('ordering: reveal gives the right place of misplaced items; locked disables moves', () => {
		setup(
			make.ordering(),
			{ type: 'ordering', order: ['Review opened', 'Ban announced', 'Review ended'] },
			{ reveal: true, locked: true }
		);
		const [first, second, third] = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(first).not.toHaveTextContent('should be');
		expect(second).toHaveTextContent('should be 3rd');
		expect(third).toHaveTextContent('should be 2nd');
		for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
	});

	it('short: types an answer; Enter is not a submit', async () => {
		const { user, onchange, rerender } = setup(make.short(), { type: 'short', text: '' });
		const box = screen.getByRole('textbox', { name: 'Your answer' });
		expect(box).toHaveAttribute('autocomplete', 'off');
		expect(box).toHaveAttribute('maxlength', '200');
		await user.type(box, 'C');
		expect(onchange).toHaveBeenLastCalledWith({ type: 'short', text: 'C' });
		await rerender({ answer: { type: 'short', text: 'C' } });
		const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
		box.dispatchEvent(enter);
		expect(enter.defaultPrevented).toBe(true);
	});

	it('short: locked keeps the text focusable but read-only', async () => {
		const { user, onchange } = setup(
			make.short(),
			{ type: 'short', text: 'CAC' },
			{ locked: true }
		);
		const box = screen.getByRole('textbox', { name: 'Your answer' });
		expect(box).toHaveValue('CAC');
		expect(box).toHaveAttribute('readonly');
		await user.type(box, 'x');
		expect(box).toHaveFocus();
		expect(onchange).not.toHaveBeenCalled();
	});

	it('whosaid: shows the quote with [sic], then asks who said it', async () => {
		const { user, onchange } = setup(
			make.whosaid(),
			{ type: 'whosaid', choice: null },
			{ order: ['The CAC', 'Micron'] }
		);
		const group = screen.getByRole('group', { name: /Attribute the quote/ });
		expect(group).toHaveAccessibleDescription(/We are evaluating the statement recieved/);
		expect(screen.getByText('[sic]', { exact: false })).toBeInTheDocument();
		const ask = screen.getByRole('radiogroup', { name: 'Who said it?' });
		await user.click(within(ask).getByRole('radio', { name: 'The CAC' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'whosaid', choice: 'The CAC' });
	});

	it('claimfact: shows the statement and the two kinds', async () => {
		const { user, onchange } = setup(make.claimfact(), { type: 'claimfact', choice: null });
		expect(screen.getByRole('group', { name: /Claim or reporting\?/ })).toHaveAccessibleDescription(
			/serious security risks/
		);
		await user.click(screen.getByRole('radio', { name: "The article's own reporting" }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'claimfact', choice: 'reported' });
		await user.click(screen.getByRole('radio', { name: 'A claim made by a party in the story' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'claimfact', choice: 'claim' });
	});

	it('claimfact: reveal marks the right kind', () => {
		setup(make.claimfact(), { type: 'claimfact', choice: 'reported' }, { reveal: true });
		expect(screen.getByRole('radio', { name: /A claim made/ })).toHaveAccessibleName(
			'A claim made by a party in the story, Correct answer'
		);
		expect(screen.getByRole('radio', { name: /own reporting/ })).toHaveAccessibleName(
			"The article's own reporting, Your answer"
		);
	});

	it('treats an answer of another type as nothing chosen', () => {
		setup(make.single(), { type: 'short', text: 'Micron' });
		for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
	});
});
