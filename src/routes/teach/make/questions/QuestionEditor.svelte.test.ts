import { render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '$lib/authoring/draft';
import type { QuestionType } from '$lib/content/schema';
import { teacherDraft } from '$lib/test/teacher-draft';
import { DraftEditor, editorContext } from '../editor.svelte';
import QuestionEditor from './QuestionEditor.svelte';
import type { QuestionOf } from './parts.svelte';

const store = {
	save: async () => {},
	publish: async () => ({ ok: true as const, version: '1.0.0' })
};

/** A new question of `type` after the draft's own (so it is question 2), in its editor. */
function setup<T extends QuestionType>(type: T) {
	const editor = new DraftEditor(teacherDraft(), store);
	editor.addQuestion(0, type);
	const module = editor.draft.modules[0]!;
	const index = module.questions.length - 1;
	render(QuestionEditor, {
		props: {
			m: 0,
			index,
			question: module.questions[index]!,
			objectives: module.objectives,
			previewHref: '/teach/make/preview/?q=2'
		},
		context: editorContext(editor)
	});
	const question = () => editor.draft.modules[0]!.questions[index] as QuestionOf<T>;
	return { editor, question, user: userEvent.setup() };
}

const box = (name: string) => screen.getByRole('textbox', { name });

describe('QuestionEditor', () => {
	it.each(QUESTION_TYPES)(
		'edits a $label question: its heading and common fields',
		({ type, label }) => {
			setup(type);
			expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(`Question 2 · ${label}`);
			expect(box('Question')).toBeInTheDocument();
			expect(box('Explanation shown after answering')).toBeInTheDocument();
			expect(box('Hint (optional)')).toBeInTheDocument();
			expect(box('Evidence from the article')).toBeInTheDocument();
			expect(screen.getByRole('group', { name: 'Difficulty' })).toBeInTheDocument();
		}
	);

	it('writes the prompt, explanation and hint into the draft', async () => {
		const { question, user } = setup('truefalse');
		await user.type(box('Question'), 'The lab opens next spring.');
		await user.type(box('Explanation shown after answering'), 'The council says so.');
		expect(question().prompt).toBe('The lab opens next spring.');
		expect(question().explanation).toBe('The council says so.');
		expect(question().hint).toBeUndefined();
		await user.type(box('Hint (optional)'), 'Read paragraph 1.');
		expect(question().hint).toBe('Read paragraph 1.');
	});

	it('links to its preview and removes itself through the editor', async () => {
		const { editor, user } = setup('single');
		expect(screen.getByRole('link', { name: 'Preview question 2' })).toHaveAttribute(
			'href',
			'/teach/make/preview/?q=2'
		);
		await user.click(screen.getByRole('button', { name: 'Remove question 2' }));
		expect(editor.removed?.label).toBe('Question 2 (Multiple choice) removed.');
		expect(editor.draft.modules[0]!.questions).toHaveLength(1);
	});

	it('tags objectives and sets the difficulty', async () => {
		const { editor, question, user } = setup('truefalse');
		editor.addObjective(0);
		flushSync();
		const objectives = screen.getByRole('group', { name: 'Learning objectives' });
		const first = within(objectives).getByRole('checkbox', {
			name: 'Say what the council announced'
		});
		expect(first).toBeChecked();
		await user.click(
			within(objectives).getByRole('checkbox', { name: 'Objective 2 (no text yet)' })
		);
		await user.click(first);
		expect(question().objectives).toEqual([editor.draft.modules[0]!.objectives[1]!.id]);
		await user.click(screen.getByRole('radio', { name: 'Hard' }));
		expect(question().difficulty).toBe(3);
		expect(screen.getByRole('radio', { name: 'Easy' })).not.toBeChecked();
	});

	it('keeps a multiple-choice answer the text of the option chosen, as it is retyped', async () => {
		const { question, user } = setup('single');
		await user.type(box('Option 1'), 'At the harbour');
		await user.type(box('Option 2'), 'At the town hall');
		await user.click(screen.getByRole('radio', { name: 'Right answer: option 1' }));
		expect(question().answer).toBe('At the harbour');
		await user.type(box('Option 1'), ' warehouse');
		expect(question().answer).toBe('At the harbour warehouse');
		// Removing an option before it keeps the answer with its option.
		await user.click(screen.getByRole('button', { name: 'Add option' }));
		await user.type(box('Option 3'), 'On the pier');
		await user.click(screen.getByRole('radio', { name: 'Right answer: option 3' }));
		await user.click(screen.getByRole('button', { name: 'Remove option 1' }));
		expect(question().options).toEqual(['At the town hall', 'On the pier']);
		expect(screen.getByRole('radio', { name: 'Right answer: option 2' })).toBeChecked();
		await user.type(box('Option 2'), ' end');
		expect(question().answer).toBe('On the pier end');
		// Removing the chosen option leaves no answer.
		await user.click(screen.getByRole('button', { name: 'Add option' }));
		await user.click(screen.getByRole('button', { name: 'Remove option 2' }));
		expect(question().answer).toBe('');
	});

	it('asks who said it for the words to attribute', () => {
		setup('whosaid');
		expect(box('Words to attribute')).toBeInTheDocument();
		expect(screen.getByRole('group', { name: 'Who might have said it' })).toBeInTheDocument();
	});

	it('keeps multiple answers, and their evidence, in the order of the options', async () => {
		const { question, user } = setup('multi');
		await user.type(box('Option 1'), 'Lab');
		await user.type(box('Option 2'), 'School');
		await user.type(box('Option 3'), 'Jobs');
		await user.click(screen.getByRole('checkbox', { name: 'Right answer: option 3' }));
		await user.click(screen.getByRole('checkbox', { name: 'Right answer: option 1' }));
		expect(question().answers).toEqual(['Lab', 'Jobs']);
		await user.type(box('Evidence for “Lab”'), 'a chip testing lab will open');
		await user.type(box('Evidence for “Jobs”'), 'employ about 40 technicians');
		expect(question().answerEvidence).toEqual([
			'a chip testing lab will open',
			'employ about 40 technicians'
		]);
		await user.type(box('Option 3'), '!');
		expect(question().answers).toEqual(['Lab', 'Jobs!']);
		await user.click(screen.getByRole('checkbox', { name: 'Right answer: option 1' }));
		expect(question().answers).toEqual(['Jobs!']);
		expect(question().answerEvidence).toEqual(['employ about 40 technicians']);
		expect(screen.queryByRole('textbox', { name: 'Evidence for “Lab”' })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Remove option 3' }));
		expect(question().answers).toEqual([]);
		expect(question().answerEvidence).toEqual([]);
	});

	it('sets true or false', async () => {
		const { question, user } = setup('truefalse');
		expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
		await user.click(screen.getByRole('radio', { name: 'False' }));
		expect(question().answer).toBe(false);
	});

	it('shows how a short answer is compared, and nothing for an empty one', async () => {
		const { question, user } = setup('short');
		expect(screen.queryByText(/counts if it reads/)).toBeNull();
		await user.type(box('Accepted answer 1'), 'The U.S.-led Café!');
		expect(question().answers).toEqual(['The U.S.-led Café!']);
		expect(
			screen.getByText("A student's answer counts if it reads: “us led cafe”")
		).toBeInTheDocument();
	});

	it('writes pairs to match, two to six of them', async () => {
		const { question, user } = setup('matching');
		const pair = within(screen.getByRole('group', { name: 'Pair 2' }));
		await user.type(pair.getByRole('textbox', { name: 'Left' }), 'The mayor');
		await user.type(pair.getByRole('textbox', { name: 'Right' }), 'Wants skilled work');
		expect(question().pairs[1]).toEqual({
			left: 'The mayor',
			right: 'Wants skilled work',
			evidence: ''
		});
		expect(screen.getByRole('button', { name: 'Remove pair 1' })).toBeDisabled();
		for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Add pair' }));
		expect(question().pairs).toHaveLength(6);
		expect(screen.queryByRole('button', { name: 'Add pair' })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Remove pair 1' }));
		expect(question().pairs[0]!.left).toBe('The mayor');
	});

	it('moves and removes a step with its evidence', async () => {
		const { question, user } = setup('ordering');
		await user.type(box('Step 1'), 'Announced');
		await user.type(box('Step 2'), 'Opens');
		await user.type(box('Step 3'), 'Hires');
		await user.type(box('Evidence for step 1'), 'said on Monday');
		await user.type(box('Evidence for step 2'), 'next spring');
		await user.click(screen.getByRole('button', { name: 'Move step 1 down' }));
		expect(question().items).toEqual(['Opens', 'Announced', 'Hires']);
		expect(question().stepEvidence).toEqual(['next spring', 'said on Monday', '']);
		expect(box('Evidence for step 1')).toHaveValue('next spring');
		await user.click(screen.getByRole('button', { name: 'Add step' }));
		expect(question().stepEvidence).toHaveLength(4);
		await user.click(screen.getByRole('button', { name: 'Remove step 1' }));
		expect(question().items).toEqual(['Announced', 'Hires', '']);
		expect(question().stepEvidence).toEqual(['said on Monday', '', '']);
	});

	it('asks who makes a claim only when it is one', async () => {
		const { question, user } = setup('claimfact');
		expect(box('Statement from the article')).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'A fact the article reports' })).toBeChecked();
		expect(screen.queryByRole('textbox', { name: 'Who makes the claim' })).toBeNull();
		await user.click(screen.getByRole('radio', { name: 'A claim someone makes' }));
		expect(question().answer).toBe('claim');
		await user.type(box('Who makes the claim'), 'A trade group');
		expect(question().claimant).toBe('A trade group');
	});

	it('keeps the marked sentences the answers, in the sentences’ order', async () => {
		const { question, user } = setup('evidence');
		await user.type(box('Statement'), 'The town is ready for the lab.');
		await user.click(screen.getByRole('radio', { name: 'The right sentences contradict it' }));
		expect(question().stance).toBe('contradicts');
		expect(
			screen.getByText(/Leave all unmarked when the article does not say\./)
		).toBeInTheDocument();
		for (let i = 0; i < 3; i++)
			await user.click(screen.getByRole('button', { name: 'Add sentence' }));
		await user.type(box('Sentence 1'), 'One');
		await user.type(box('Sentence 2'), 'Two');
		await user.type(box('Sentence 3'), 'Three');
		await user.click(screen.getByRole('checkbox', { name: 'Marks the answer: sentence 3' }));
		await user.click(screen.getByRole('checkbox', { name: 'Marks the answer: sentence 1' }));
		expect(question().answers).toEqual(['One', 'Three']);
		await user.type(box('Sentence 3'), '!');
		expect(question().answers).toEqual(['One', 'Three!']);
		await user.click(screen.getByRole('button', { name: 'Remove sentence 1' }));
		expect(question().sentences).toEqual(['Two', 'Three!']);
		expect(question().answers).toEqual(['Three!']);
		expect(screen.getByRole('checkbox', { name: 'Marks the answer: sentence 2' })).toBeChecked();
		expect(screen.getByRole('button', { name: 'Remove sentence 1' })).toBeDisabled();
	});
});
