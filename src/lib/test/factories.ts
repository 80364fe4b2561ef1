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

/** Small questions for flows (the player, sessions, receipts), named by id. */
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

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

const common = {
	objectives: ['obj'],
	difficulty: 1 as const,
	explanation: 'Because the article says so.',
	evidence: 'Some words from the article.'
};

/** One realistic question of each type, for the question inputs' tests. */
export const sample = {
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
	}),
	evidence: (o: Partial<Of<'evidence'>> = {}): Of<'evidence'> => ({
		...common,
		id: 'q-evidence',
		type: 'evidence',
		prompt: 'Find the evidence for this statement.',
		statement: 'The regulator said the products were risky.',
		stance: 'supports',
		sentences: [
			'The announcement was made Sunday.',
			'The regulator called the products a major security risk.',
			'Micron is assessing its next steps.'
		],
		answers: ['The regulator called the products a major security risk.'],
		...o
	})
};

/** One question of each type, in the order the schema lists them. */
export function everyType(): Question[] {
	return [
		sample.single(),
		sample.multi(),
		sample.truefalse(),
		sample.matching(),
		sample.ordering(),
		sample.short(),
		sample.whosaid(),
		sample.claimfact(),
		sample.evidence()
	];
}
