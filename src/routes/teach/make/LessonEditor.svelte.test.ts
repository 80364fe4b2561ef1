import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { teacherDraft } from '$lib/test/teacher-draft';
import { DraftEditor, editorContext } from './editor.svelte';
import LessonEditor from './LessonEditor.svelte';

function setup() {
	const editor = new DraftEditor(teacherDraft(), {
		save: async () => {},
		publish: async () => ({ ok: true as const, version: '1.0.0' })
	});
	const lesson = editor.draft.modules[0]!.lessons[0]!;
	lesson.quotes = [{ quote: '', speaker: '' }];
	render(LessonEditor, { props: { m: 0, index: 0, lesson }, context: editorContext(editor) });
	return { editor, lesson, user: userEvent.setup() };
}

const source = () => screen.getByRole('textbox', { name: /^Select the words in the article/ });

async function select(user: ReturnType<typeof userEvent.setup>, start: number, end: number) {
	const area = source() as HTMLTextAreaElement;
	area.setSelectionRange(start, end);
	await user.click(screen.getByRole('button', { name: 'Use these words' }));
}

describe('picking a quote from the article', () => {
	it('takes the selected words, widened to whole words, and puts focus back on the quote', async () => {
		const { lesson, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Pick from the article: Quote 1' }));
		expect(source()).toHaveFocus();
		const text = (source() as HTMLTextAreaElement).value;
		const at = text.indexOf('chip testing lab');
		// "hip testing la": a touch selection that cut both ends of a word.
		await select(user, at + 1, at + 'chip testing lab'.length - 1);
		expect(lesson.quotes[0]!.quote).toBe('chip testing lab');
		expect(screen.getByRole('textbox', { name: 'Quote 1' })).toHaveFocus();
		expect(screen.queryByRole('button', { name: 'Use these words' })).toBeNull();
	});

	it('takes the whole sentence at the cursor when nothing is selected', async () => {
		const { lesson, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Pick from the article: Quote 1' }));
		const text = (source() as HTMLTextAreaElement).value;
		const at = text.indexOf('40 technicians');
		await select(user, at, at);
		expect(lesson.quotes[0]!.quote).toBe(
			'The lab will employ about 40 technicians, according to the council.'
		);
	});

	it('refuses a selection across two paragraphs, with the reason, and keeps the picker open', async () => {
		const { lesson, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Pick from the article: Quote 1' }));
		const text = (source() as HTMLTextAreaElement).value;
		await select(user, text.indexOf('next spring'), text.indexOf('young people'));
		expect(screen.getByRole('alert')).toHaveTextContent(/not “"We” after it/);
		expect(lesson.quotes[0]!.quote).toBe('');
		expect(source()).toBeInTheDocument();
	});

	it('checks a quote typed by hand, word for word, beside the box', async () => {
		const { user } = setup();
		const box = screen.getByRole('textbox', { name: 'Quote 1' });
		await user.type(box, 'a chip factory');
		expect(box).toHaveAttribute('aria-invalid', 'true');
		expect(box).toHaveAccessibleDescription(
			"The article has “a chip” but not “factory” after it. A quote must be word for word: pick it from the article's text."
		);
		await user.clear(box);
		await user.type(box, 'a  chip testing\nlab');
		expect(box).not.toHaveAttribute('aria-invalid');
	});
});
