import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { sample } from '$lib/test/factories';
import { setup } from './test-setup';

const q = sample.evidence();
const [sunday, risk, assessing] = q.sentences as [string, string, string];

describe('QuestionInput: find the evidence', () => {
	it('shows the statement, then each sentence of the passage as a box to mark', async () => {
		const { user, onchange, rerender } = setup(q, { type: 'evidence', marked: [], none: false });
		expect(screen.getByRole('group', { name: /Find the evidence/ })).toHaveAccessibleDescription(
			/The regulator said the products were risky\..*Mark the sentences that support it, or say the article does not\./
		);
		const passage = screen.getByRole('group', { name: /Mark the sentences that support it/ });
		expect(passage).toBeInTheDocument();
		await user.click(screen.getByRole('checkbox', { name: assessing }));
		expect(onchange).toHaveBeenLastCalledWith({
			type: 'evidence',
			marked: [assessing],
			none: false
		});
		await rerender({ answer: { type: 'evidence', marked: [assessing], none: false } });
		await user.click(screen.getByRole('checkbox', { name: sunday }));
		// Kept in the passage's order.
		expect(onchange).toHaveBeenLastCalledWith({
			type: 'evidence',
			marked: [sunday, assessing],
			none: false
		});
	});

	it('"The article does not say" clears the marks, and a mark clears it', async () => {
		const { user, onchange, rerender } = setup(q, {
			type: 'evidence',
			marked: [sunday],
			none: false
		});
		await user.click(screen.getByRole('checkbox', { name: 'The article does not say' }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'evidence', marked: [], none: true });
		await rerender({ answer: { type: 'evidence', marked: [], none: true } });
		expect(screen.getByRole('checkbox', { name: 'The article does not say' })).toBeChecked();
		await user.click(screen.getByRole('checkbox', { name: risk }));
		expect(onchange).toHaveBeenLastCalledWith({ type: 'evidence', marked: [risk], none: false });
	});

	it('can be marked with the keyboard alone', async () => {
		const { user, onchange } = setup(q, { type: 'evidence', marked: [], none: false });
		await user.tab();
		await user.tab();
		await user.keyboard(' ');
		expect(onchange).toHaveBeenLastCalledWith({ type: 'evidence', marked: [risk], none: false });
	});

	it('after checking, says of each sentence whether it was evidence and what the learner did', () => {
		setup(q, { type: 'evidence', marked: [sunday], none: false }, { reveal: true, locked: true });
		expect(screen.getByRole('checkbox', { name: /^The regulator called/ })).toHaveAccessibleName(
			`${risk}, You missed this`
		);
		expect(screen.getByRole('checkbox', { name: /^The announcement/ })).toHaveAccessibleName(
			`${sunday}, Wrong: you picked this`
		);
		expect(screen.getByRole('checkbox', { name: assessing })).toBeDisabled();
	});

	it("marks the article's typos [sic] in the sentences", () => {
		// The shared setup's typo list has "recieved".
		const typo = sample.evidence({
			sentences: ['Micron recieved the notice.', 'Another sentence.'],
			answers: ['Micron recieved the notice.']
		});
		setup(typo, { type: 'evidence', marked: [], none: false });
		expect(
			screen.getByRole('checkbox', { name: /^Micron recieved\s*\[sic\]/ })
		).toBeInTheDocument();
	});

	it('asks for contradicting sentences when the statement is to be contradicted', () => {
		setup(sample.evidence({ stance: 'contradicts' }), {
			type: 'evidence',
			marked: [],
			none: false
		});
		expect(
			screen.getByRole('group', { name: /Mark the sentences that contradict it/ })
		).toBeInTheDocument();
	});
});
