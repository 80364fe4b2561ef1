import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { sample } from '$lib/test/factories';
import { setup } from './test-setup';

describe('QuestionInput: choices, quotes and claims', () => {
	it('names the group by the prompt, with the question number for screen readers', () => {
		setup(sample.single(), { type: 'single', choice: null });
		const group = screen.getByRole('group', {
			name: 'Question 3 of 12: Which company was banned?'
		});
		expect(within(group).getAllByRole('radio')).toHaveLength(3);
	});

	it('single: picks an option, shown in the given order', async () => {
		const { user, onchange } = setup(
			sample.single(),
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
		setup(sample.single(), { type: 'single', choice: 'Intel' }, { reveal: true, locked: true });
		expect(screen.getByRole('radio', { name: /Micron/ })).toHaveAccessibleName(
			'Micron, Correct answer'
		);
		expect(screen.getByRole('radio', { name: /Intel/ })).toHaveAccessibleName('Intel, Your answer');
		expect(screen.getByRole('radio', { name: 'Intel, Your answer' })).toBeChecked();
		expect(screen.getAllByText('Correct answer')).toHaveLength(1);
	});

	it('single: locked disables the choices but keeps the pick', async () => {
		const { user, onchange } = setup(
			sample.single(),
			{ type: 'single', choice: 'Intel' },
			{ locked: true }
		);
		for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
		expect(screen.getByRole('radio', { name: 'Intel' })).toBeChecked();
		await user.click(screen.getByRole('radio', { name: 'Micron' }));
		expect(onchange).not.toHaveBeenCalled();
	});

	it('multi: checks several options, with the hint describing the group', async () => {
		const { user, onchange, rerender } = setup(sample.multi(), { type: 'multi', choices: [] });
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

	it('multi: reveal says what the learner did with each option, not by colour alone', () => {
		setup(sample.multi(), { type: 'multi', choices: ['Micron', 'Nvidia'] }, { reveal: true });
		expect(screen.getByRole('checkbox', { name: /Micron/ })).toHaveAccessibleName(
			'Micron, You picked this'
		);
		expect(screen.getByRole('checkbox', { name: /SK Hynix/ })).toHaveAccessibleName(
			'SK Hynix, You missed this'
		);
		expect(screen.getByRole('checkbox', { name: /Nvidia/ })).toHaveAccessibleName(
			'Nvidia, Wrong: you picked this'
		);
		expect(screen.queryByText('Correct answer')).toBeNull();
	});

	it('truefalse: offers True and False', async () => {
		const { user, onchange } = setup(sample.truefalse(), { type: 'truefalse', value: null });
		await user.click(screen.getByRole('radio', { name: 'False' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'truefalse', value: false });
		await user.click(screen.getByRole('radio', { name: 'True' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'truefalse', value: true });
	});

	it('truefalse: reveal marks the right value', () => {
		setup(sample.truefalse(), { type: 'truefalse', value: true }, { reveal: true, locked: true });
		expect(screen.getByRole('radio', { name: /False/ })).toHaveAccessibleName(
			'False, Correct answer'
		);
		expect(screen.getByRole('radio', { name: /True/ })).toHaveAccessibleName('True, Your answer');
	});

	it('whosaid: shows the quote with [sic], then asks who said it', async () => {
		const { user, onchange } = setup(
			sample.whosaid(),
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
		const { user, onchange } = setup(sample.claimfact(), { type: 'claimfact', choice: null });
		expect(screen.getByRole('group', { name: /Claim or reporting\?/ })).toHaveAccessibleDescription(
			/serious security risks/
		);
		await user.click(screen.getByRole('radio', { name: "The article's own reporting" }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'claimfact', choice: 'reported' });
		await user.click(screen.getByRole('radio', { name: 'A claim made by a party in the story' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'claimfact', choice: 'claim' });
	});

	it('claimfact: reveal marks the right kind', () => {
		setup(sample.claimfact(), { type: 'claimfact', choice: 'reported' }, { reveal: true });
		expect(screen.getByRole('radio', { name: /A claim made/ })).toHaveAccessibleName(
			'A claim made by a party in the story, Correct answer'
		);
		expect(screen.getByRole('radio', { name: /own reporting/ })).toHaveAccessibleName(
			"The article's own reporting, Your answer"
		);
	});

	it('treats an answer of another type as nothing chosen', () => {
		setup(sample.single(), { type: 'short', text: 'Micron' });
		for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
	});
});
