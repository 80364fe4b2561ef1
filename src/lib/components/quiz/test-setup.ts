// Questions and a render helper for the question-input tests.
import type { Question } from '$lib/content/schema';
import type { Answer } from '$lib/quiz/answer';
import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import QuestionInput from './QuestionInput.svelte';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

const common = {
	objectives: ['obj'],
	difficulty: 1 as const,
	explanation: 'Because the article says so.',
	evidence: 'Some words from the article.'
};

export const make = {
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
