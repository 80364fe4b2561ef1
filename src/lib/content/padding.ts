// Padding in a pack: a question asked twice, a key given twice on the same passage, or one
// sentence of the article carrying too many questions. Each asks the learner nothing new.
import type { Pack, Question } from './schema';
import { articleSentences, sentencesOf } from './sentences';
import { normalizeSpace } from './text';

/** The most questions any one sentence of the article may carry. */
export const MAX_QUESTIONS_PER_SENTENCE = 6;

export interface PaddingProblem {
	/** The questions involved, the first one first. */
	ids: string[];
	reason: string;
}

const key = (text: string) => normalizeSpace(text).toLowerCase();
const sorted = (values: readonly string[]) => [...values].map(key).sort().join(' | ');

/**
 * What a question asks, as a learner reads it: its prompt, or, where the prompt is much the same
 * for every question of the type ("Who said this?", "Put these in order"), what it is about: the
 * quote, the statement, the items, the left-hand side of the pairs.
 */
export function asks(q: Question): string {
	switch (q.type) {
		case 'whosaid':
			return `who said: ${key(q.quote)}`;
		case 'claimfact':
			return `claim or reporting: ${key(q.statement)}`;
		case 'ordering':
			return `order: ${sorted(q.items)}`;
		case 'matching':
			return `match: ${sorted(q.pairs.map((p) => p.left))}`;
		case 'evidence':
			return `evidence (${q.stance}): ${key(q.statement)}`;
		default:
			return key(q.prompt);
	}
}

/** The right answer, whatever the type, in a form two questions can be compared by. */
export function keyOf(q: Question): string {
	switch (q.type) {
		case 'single':
		case 'whosaid':
			return key(q.answer);
		case 'truefalse':
			return String(q.answer);
		case 'claimfact':
			return q.answer === 'claim' ? `claim: ${key(q.claimant ?? '')}` : 'reported';
		case 'multi':
			return sorted(q.answers);
		case 'short':
			return sorted(q.answers);
		case 'matching':
			return sorted(q.pairs.map((p) => `${p.left} = ${p.right}`));
		case 'ordering':
			return q.items.map(key).join(' > ');
		case 'evidence':
			return q.answers.length ? sorted(q.answers) : 'the article does not say';
	}
}

/** Groups of two or more questions sharing `by`. */
function same(questions: readonly Question[], by: (q: Question) => string): Question[][] {
	const groups = new Map<string, Question[]>();
	for (const q of questions) {
		const k = by(q);
		groups.set(k, [...(groups.get(k) ?? []), q]);
	}
	return [...groups.values()].filter((g) => g.length > 1);
}

/** The article's words a question rests on: its evidence, and its quote or statement. */
export function passagesOf(q: Question): string[] {
	if (q.type === 'whosaid') return [q.evidence, q.quote];
	if (q.type === 'claimfact') return [q.evidence, q.statement];
	if (q.type === 'evidence') return [q.evidence, ...q.answers];
	return [q.evidence];
}

/** The sentences of the article each question rests on, by the question's id. */
function restingPlaces(pack: Pack) {
	const sentences = articleSentences(pack.source);
	const on = (q: Question) => [
		...new Set(passagesOf(q).flatMap((p) => sentencesOf(sentences, p).map((s) => s.id)))
	];
	return { sentences, on };
}

/**
 * Questions asked twice: the same question (see `asks`), or the same answer on the same
 * sentences of the article. True/false and claim/report keys are one of two words, so for
 * those only the statement counts.
 */
export function repeatedQuestions(pack: Pack): PaddingProblem[] {
	const questions = pack.modules.flatMap((m) => m.questions);
	const { on } = restingPlaces(pack);
	const problems: PaddingProblem[] = [];
	const sameAsk = same(questions, asks);
	for (const group of sameAsk) {
		problems.push({ ids: group.map((q) => q.id), reason: 'asks the same question' });
	}
	const asked = new Set(sameAsk.flat());
	const keyed = questions.filter((q) => q.type !== 'truefalse' && q.type !== 'claimfact');
	for (const group of same(keyed, (q) => `${on(q).join(' ')} => ${q.type} ${keyOf(q)}`)) {
		if (group.every((q) => asked.has(q))) continue;
		problems.push({
			ids: group.map((q) => q.id),
			reason: 'gives the same answer on the same sentence of the article'
		});
	}
	return problems;
}

/** Sentences of the article that carry more than `max` questions. */
export function overloadedSentences(
	pack: Pack,
	max = MAX_QUESTIONS_PER_SENTENCE
): PaddingProblem[] {
	const { sentences, on } = restingPlaces(pack);
	const load = new Map<string, string[]>();
	for (const q of pack.modules.flatMap((m) => m.questions)) {
		for (const id of on(q)) load.set(id, [...(load.get(id) ?? []), q.id]);
	}
	return sentences.flatMap((s) => {
		const ids = load.get(s.id) ?? [];
		return ids.length > max
			? [
					{
						ids,
						reason: `${ids.length} questions rest on one sentence (${s.id}, "${s.text.slice(0, 50)}…"), over the ${max} allowed`
					}
				]
			: [];
	});
}
