import type { Question } from '$lib/content/schema';

/** What the learner has given for one question, by question type. Plain data, so it can be stored. */
export type Answer =
	| { type: 'single'; choice: string | null }
	| { type: 'multi'; choices: string[] }
	| { type: 'truefalse'; value: boolean | null }
	/** Left text → chosen right text. */
	| { type: 'matching'; pairs: Record<string, string | null> }
	/** Item texts as the learner arranged them. */
	| { type: 'ordering'; order: string[] }
	| { type: 'short'; text: string }
	| { type: 'whosaid'; choice: string | null }
	| { type: 'claimfact'; choice: 'claim' | 'reported' | null }
	/** The sentences marked as evidence, or that the article does not say. */
	| { type: 'evidence'; marked: string[]; none: boolean };

export const NO_ANSWER = '(no answer)';
/** The evidence answer that the article gives none. */
export const NOT_SAID = 'The article does not say';
/** Shown for a left item the learner has not matched yet. */
export const NO_MATCH = '(none)';

const CLAIM_TEXT = { claim: 'A claim', reported: "The article's own reporting" } as const;

/**
 * An own property of a record, never one inherited from Object.prototype: a left text such as
 * "constructor" must not find a function.
 */
export function ownValue<V>(record: Record<string, V>, key: string): V | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The answer before the learner has done anything. Ordering starts as shown (`orderSeed`). */
export function emptyAnswer(q: Question, orderSeed?: readonly string[]): Answer {
	switch (q.type) {
		case 'single':
		case 'whosaid':
		case 'claimfact':
			return { type: q.type, choice: null };
		case 'multi':
			return { type: 'multi', choices: [] };
		case 'truefalse':
			return { type: 'truefalse', value: null };
		case 'matching':
			return { type: 'matching', pairs: Object.fromEntries(q.pairs.map((p) => [p.left, null])) };
		case 'ordering':
			return { type: 'ordering', order: [...(orderSeed ?? q.items)] };
		case 'short':
			return { type: 'short', text: '' };
		case 'evidence':
			return { type: 'evidence', marked: [], none: false };
	}
}

/** Whether something was given. An ordering always counts: its shown order is an answer. */
export function isAnswered(q: Question, a: Answer): boolean {
	if (a.type !== q.type) return false;
	switch (a.type) {
		case 'single':
		case 'whosaid':
		case 'claimfact':
			return a.choice !== null;
		case 'multi':
			return a.choices.length > 0;
		case 'truefalse':
			return a.value !== null;
		case 'matching':
			return q.type === 'matching' && q.pairs.every((p) => ownValue(a.pairs, p.left) != null);
		case 'ordering':
			return true;
		case 'short':
			return a.text.trim() !== '';
		case 'evidence':
			return a.none || a.marked.length > 0;
	}
}

/** Picked options in the order the question lists them, each once; unknown ones last. */
function inOptionOrder(choices: readonly string[], options: readonly string[]): string[] {
	const rank = (c: string) => (options.includes(c) ? options.indexOf(c) : options.length);
	return [...new Set(choices)].sort((x, y) => rank(x) - rank(y));
}

/** A learner's answer as text, for review screens: "A; B", "Japan → joined; …", "1. X → 2. Y". */
export function describeAnswer(q: Question, a: Answer): string {
	if (a.type !== q.type) return NO_ANSWER;
	switch (a.type) {
		case 'single':
		case 'whosaid':
			return a.choice ?? NO_ANSWER;
		case 'claimfact':
			return a.choice === null ? NO_ANSWER : CLAIM_TEXT[a.choice];
		case 'multi': {
			const options = q.type === 'multi' ? q.options : [];
			return a.choices.length ? inOptionOrder(a.choices, options).join('; ') : NO_ANSWER;
		}
		case 'truefalse':
			return a.value === null ? NO_ANSWER : a.value ? 'True' : 'False';
		case 'matching': {
			const pairs = q.type === 'matching' ? q.pairs : [];
			const chosen = pairs.map((p) => [p.left, ownValue(a.pairs, p.left) ?? null] as const);
			if (chosen.every(([, right]) => right === null)) return NO_ANSWER;
			return chosen.map(([left, right]) => `${left} → ${right ?? NO_MATCH}`).join('; ');
		}
		case 'ordering':
			return a.order.length ? a.order.map((t, i) => `${i + 1}. ${t}`).join(' → ') : NO_ANSWER;
		case 'short':
			return a.text.trim() || NO_ANSWER;
		case 'evidence': {
			if (a.none) return NOT_SAID;
			const sentences = q.type === 'evidence' ? q.sentences : [];
			const marked = inOptionOrder(a.marked, sentences);
			return marked.length ? marked.map((s) => `“${s}”`).join(' ') : NO_ANSWER;
		}
	}
}

/** The answer that scores full credit. */
export function correctAnswer(q: Question): Answer {
	switch (q.type) {
		case 'single':
		case 'whosaid':
			return { type: q.type, choice: q.answer };
		case 'claimfact':
			return { type: 'claimfact', choice: q.answer };
		case 'multi':
			return { type: 'multi', choices: inOptionOrder(q.answers, q.options) };
		case 'truefalse':
			return { type: 'truefalse', value: q.answer };
		case 'matching':
			return { type: 'matching', pairs: Object.fromEntries(q.pairs.map((p) => [p.left, p.right])) };
		case 'ordering':
			return { type: 'ordering', order: [...q.items] };
		case 'short':
			return { type: 'short', text: q.answers[0] ?? '' };
		case 'evidence':
			return {
				type: 'evidence',
				marked: inOptionOrder(q.answers, q.sentences),
				none: q.answers.length === 0
			};
	}
}

/** The right answer as text, in the same format as `describeAnswer`; a claim names its claimant. */
export function correctAnswerText(q: Question): string {
	if (q.type === 'claimfact' && q.answer === 'claim' && q.claimant) {
		return `${CLAIM_TEXT.claim} by ${q.claimant}`;
	}
	return describeAnswer(q, correctAnswer(q));
}
