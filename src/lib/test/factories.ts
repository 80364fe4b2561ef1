import type { Question } from '$lib/content/schema';

type Over<T extends Question['type']> = Partial<Extract<Question, { type: T }>>;

const base = (id: string) => ({
	id,
	objectives: ['ban.who'],
	difficulty: 1 as const,
	prompt: `Prompt of ${id}`,
	explanation: `Why ${id} is so.`,
	evidence: 'banned domestic companies'
});

/** Small questions for tests, one factory per type. */
export const make = {
	single: (id = 'q.single', over: Over<'single'> = {}): Question => ({
		...base(id),
		type: 'single',
		options: ['Micron', 'Japan', 'The BBC'],
		answer: 'Micron',
		...over
	}),
	truefalse: (id = 'q.tf', over: Over<'truefalse'> = {}): Question => ({
		...base(id),
		type: 'truefalse',
		answer: true,
		...over
	}),
	short: (id = 'q.short', over: Over<'short'> = {}): Question => ({
		...base(id),
		type: 'short',
		answers: ['Micron', 'Micron Technology'],
		...over
	})
};
