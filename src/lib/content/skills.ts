// The reading a question asks for, in words for each reader: a teacher choosing questions, a
// learner told after answering what the question practised, and the README's figures.

/**
 * The reading a question asks for: finding a passage and matching its words, or more than that:
 * telling whose voice a passage is, interpreting what it means, combining passages or dates, or
 * noticing what the article does not say. The README counts them ("The pack in figures").
 * Here, not in the schema, so that a page can name them without loading the schema's library.
 */
export const SKILLS = ['find', 'voice', 'interpret', 'combine', 'unsaid'] as const;
export type Skill = (typeof SKILLS)[number];

export const SKILL_WORDS: Record<
	Skill,
	{
		/** A teacher's filter. */ short: string;
		/** What the learner must do (README). */ must: string;
		/** Shown to the learner after answering. */ practises: string;
	}
> = {
	find: {
		short: 'Finding a passage',
		must: 'find a passage and match its words',
		practises: 'finding the passage that says it'
	},
	voice: {
		short: 'Whose voice',
		must: "tell whose voice a passage is: a party's claim or the article's own",
		practises: "telling whose words these are: a party's claim or the reporter's own"
	},
	interpret: {
		short: 'Interpreting',
		must: 'interpret what a word or passage means or implies',
		practises: 'reading what a word or passage means here'
	},
	combine: {
		short: 'Combining passages',
		must: 'combine passages, or reason about dates and order',
		practises: 'putting two parts of the article together'
	},
	unsaid: {
		short: 'What is not said',
		must: 'notice what the article does not say',
		practises: 'noticing what the article does not say'
	}
};
