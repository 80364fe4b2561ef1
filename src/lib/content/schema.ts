import * as v from 'valibot';
import { SKILLS } from './skills';

// The content pack format, defined once. TypeScript types are inferred from it and the
// published JSON Schemas (content/schema/) are generated from it.

const text = (max = 2000) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'ids are lowercase words joined by - or .'),
	v.maxLength(80)
);
const options = v.pipe(v.array(text(300)), v.minLength(2), v.maxLength(8));

const common = {
	id,
	objectives: v.pipe(v.array(id), v.minLength(1)),
	difficulty: v.picklist([1, 2, 3]),
	skill: v.optional(v.picklist(SKILLS)),
	prompt: text(600),
	explanation: text(1200),
	hint: v.optional(text(400)),
	/** A quote that appears verbatim in the article (whitespace aside). */
	evidence: text(800)
};

export const SingleQuestion = v.object({
	...common,
	type: v.literal('single'),
	options,
	answer: text(300)
});
export const MultiQuestion = v.object({
	...common,
	type: v.literal('multi'),
	options,
	answers: v.pipe(v.array(text(300)), v.minLength(1)),
	/** A verbatim quote for each right answer, in the order of `answers`. */
	answerEvidence: v.optional(v.array(text(800)))
});
export const TrueFalseQuestion = v.object({
	...common,
	type: v.literal('truefalse'),
	answer: v.boolean()
});
export const MatchingQuestion = v.object({
	...common,
	type: v.literal('matching'),
	pairs: v.pipe(
		v.array(
			v.object({
				left: text(200),
				right: text(300),
				/** A verbatim quote showing this pair belongs together. */
				evidence: v.optional(text(800))
			})
		),
		v.minLength(2),
		v.maxLength(6)
	)
});
export const OrderingQuestion = v.object({
	...common,
	type: v.literal('ordering'),
	/** Items in their correct order; the player shuffles them. */
	items: v.pipe(v.array(text(300)), v.minLength(3), v.maxLength(6)),
	/** A verbatim quote placing each step, in the order of `items`. */
	stepEvidence: v.optional(v.array(text(800)))
});
export const ShortQuestion = v.object({
	...common,
	type: v.literal('short'),
	/** Accepted answers; the first is shown as the answer. */
	answers: v.pipe(v.array(text(120)), v.minLength(1))
});
export const WhoSaidQuestion = v.object({
	...common,
	type: v.literal('whosaid'),
	/** The words to attribute, verbatim from the article. */
	quote: text(800),
	options,
	answer: text(300)
});
export const ClaimFactQuestion = v.object({
	...common,
	type: v.literal('claimfact'),
	/** A statement from the article to classify. */
	statement: text(800),
	answer: v.picklist(['claim', 'reported']),
	/** Who makes the claim, when it is one. */
	claimant: v.optional(text(200))
});

export const EvidenceQuestion = v.object({
	...common,
	type: v.literal('evidence'),
	/** The statement the learner finds the article's words for. */
	statement: text(600),
	/** Whether the right sentences support the statement or contradict it. */
	stance: v.picklist(['supports', 'contradicts']),
	/** The passage shown, one sentence each, verbatim from the article and in its order. */
	sentences: v.pipe(v.array(text(800)), v.minLength(2), v.maxLength(10)),
	/** The sentences that do; none when the article does not say. */
	answers: v.pipe(v.array(text(800)), v.maxLength(10))
});

export const Question = v.variant('type', [
	SingleQuestion,
	MultiQuestion,
	TrueFalseQuestion,
	MatchingQuestion,
	OrderingQuestion,
	ShortQuestion,
	WhoSaidQuestion,
	ClaimFactQuestion,
	EvidenceQuestion
]);

export const LessonBlock = v.variant('kind', [
	/** A paragraph; [[term-id]] or [[term-id|shown words]] links a glossary term. */
	v.object({ kind: v.literal('text'), text: text(1500) }),
	v.object({ kind: v.literal('quote'), quote: text(800), speaker: text(200) }),
	v.object({
		kind: v.literal('points'),
		title: v.optional(text(120)),
		items: v.pipe(v.array(text(400)), v.minLength(1))
	})
]);

export const Lesson = v.object({
	id,
	title: text(120),
	minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
	blocks: v.pipe(v.array(LessonBlock), v.minLength(1)),
	/** Passages of the article this lesson rests on, each verbatim. */
	evidence: v.pipe(v.array(text(800)), v.minLength(1))
});

export const QuestionSet = v.object({
	id,
	title: text(120),
	description: text(400),
	questionIds: v.pipe(v.array(id), v.minLength(1))
});

export const Module = v.object({
	id,
	title: text(80),
	summary: text(400),
	/** The shipped pack has 2 to 4 (an editorial rule, see validate.ts); a teacher's, any. */
	lessons: v.pipe(v.array(Lesson), v.minLength(1), v.maxLength(12)),
	questions: v.array(Question),
	sets: v.pipe(v.array(QuestionSet), v.minLength(1))
});

export const Objective = v.object({ id, module: id, label: text(200) });

export const GlossaryTerm = v.object({
	id,
	term: text(80),
	definition: text(800),
	evidence: v.optional(text(800))
});

export const TimelineEvent = v.object({
	id,
	/** Sort key, ISO date as precise as the article allows: 2023, 2023-03 or 2023-05-21. */
	date: v.pipe(
		v.string(),
		v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD')
	),
	dateLabel: text(80),
	title: text(120),
	description: text(600),
	actor: text(120),
	evidence: text(800)
});

export const SicNote = v.object({ text: text(80), note: text(200) });

export const PackMeta = v.object({
	formatVersion: v.literal(1),
	id,
	version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
	title: text(120),
	summary: text(600),
	language: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[A-Z]{2})?$/)),
	source: v.object({
		outlet: text(80),
		date: v.pipe(v.string(), v.isoDate()),
		dateLabel: text(40),
		url: v.optional(v.pipe(v.string(), v.url())),
		/** A note on the article itself, such as an inconsistency the lessons explain. */
		note: v.optional(text(600))
	}),
	/** Typos in the article, kept verbatim and marked [sic] where shown. */
	sic: v.array(SicNote),
	objectives: v.pipe(v.array(Objective), v.minLength(1)),
	glossary: v.array(GlossaryTerm),
	timeline: v.array(TimelineEvent),
	finalTest: QuestionSet,
	/** Module files, in order, relative to the pack folder. */
	moduleFiles: v.optional(v.array(text(200)))
});

export const Pack = v.object({
	...v.omit(PackMeta, ['moduleFiles']).entries,
	source: v.object({
		...PackMeta.entries.source.entries,
		headline: text(300),
		caption: v.optional(text(600)),
		paragraphs: v.pipe(v.array(text(4000)), v.minLength(1))
	}),
	modules: v.pipe(v.array(Module), v.minLength(1))
});

export type Question = v.InferOutput<typeof Question>;
export type QuestionType = Question['type'];
export type LessonBlock = v.InferOutput<typeof LessonBlock>;
export type Lesson = v.InferOutput<typeof Lesson>;
export type QuestionSet = v.InferOutput<typeof QuestionSet>;
export type Module = v.InferOutput<typeof Module>;
export type Objective = v.InferOutput<typeof Objective>;
export type GlossaryTerm = v.InferOutput<typeof GlossaryTerm>;
export type TimelineEvent = v.InferOutput<typeof TimelineEvent>;
export type PackMeta = v.InferOutput<typeof PackMeta>;
export type Pack = v.InferOutput<typeof Pack>;
