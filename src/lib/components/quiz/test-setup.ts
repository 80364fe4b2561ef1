// A render helper for the question-input tests (the questions: `sample` in $lib/test/factories).
import type { Question } from '$lib/content/schema';
import type { Answer } from '$lib/quiz/answer';
import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import QuestionInput from './QuestionInput.svelte';

export const sic = [{ text: 'recieved', note: 'misspelt in the original' }];

export function setup(
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
