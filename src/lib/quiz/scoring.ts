import type { Question } from '$lib/content/schema';
import { ownValue, type Answer } from './answer';
import { normalizeShortAnswer } from './normalize';

/** A hint costs a quarter of the credit. */
export const HINT_FACTOR = 0.75;

/**
 * `credit` is in [0, 1], rounded to 4 decimals, after the hint factor.
 * `correct` says whether the answer itself was fully right, hint or not.
 */
export interface Score {
	credit: number;
	correct: boolean;
}

export function scoreAnswer(q: Question, a: Answer, opts: { hintUsed?: boolean } = {}): Score {
	const raw = Math.min(1, Math.max(0, rawCredit(q, a)));
	const credit = opts.hintUsed ? raw * HINT_FACTOR : raw;
	return { credit: Math.round(credit * 10_000) / 10_000, correct: raw === 1 };
}

/** Credit before any hint; 0 when the answer is for another type of question. */
function rawCredit(q: Question, a: Answer): number {
	switch (q.type) {
		case 'single':
		case 'whosaid':
			return a.type === q.type && a.choice !== null && a.choice === q.answer ? 1 : 0;
		case 'claimfact':
			return a.type === 'claimfact' && a.choice === q.answer ? 1 : 0;
		case 'truefalse':
			return a.type === 'truefalse' && a.value === q.answer ? 1 : 0;
		case 'multi':
			return a.type === 'multi' ? multiCredit(q.options, q.answers, a.choices) : 0;
		case 'matching': {
			if (a.type !== 'matching' || q.pairs.length === 0) return 0;
			const right = q.pairs.filter((p) => ownValue(a.pairs, p.left) === p.right).length;
			return right / q.pairs.length;
		}
		case 'ordering':
			return a.type === 'ordering' ? orderingCredit(q.items, a.order) : 0;
		case 'evidence':
			return a.type === 'evidence' ? evidenceCredit(q.sentences, q.answers, a) : 0;
		case 'short': {
			if (a.type !== 'short') return 0;
			const given = normalizeShortAnswer(a.text);
			return given !== '' && q.answers.some((x) => normalizeShortAnswer(x) === given) ? 1 : 0;
		}
	}
}

/** (right picks − wrong picks) / right answers, floored at 0, so ticking everything doesn't pay. */
function multiCredit(
	options: readonly string[],
	answers: readonly string[],
	choices: readonly string[]
): number {
	const correct = new Set(answers);
	const picked = new Set(choices.filter((c) => options.includes(c)));
	if (correct.size === 0 || picked.size === 0) return 0;
	let right = 0;
	for (const c of picked) if (correct.has(c)) right += 1;
	const wrong = picked.size - right;
	return Math.max(0, (right - wrong) / correct.size);
}

/**
 * Scored by sentences, as multiple answers are: (right sentences marked − wrong ones) / right
 * sentences, where "the article does not say" counts as a wrong mark. When the article does
 * not say, only that answer, alone, scores.
 */
function evidenceCredit(
	sentences: readonly string[],
	answers: readonly string[],
	a: { marked: readonly string[]; none: boolean }
): number {
	const marked = a.marked.filter((s) => sentences.includes(s));
	if (answers.length === 0) return a.none && marked.length === 0 ? 1 : 0;
	const credit = multiCredit(sentences, answers, marked);
	return a.none ? Math.max(0, credit - 1 / answers.length) : credit;
}

/**
 * The share of item pairs the learner put in the right relative order (Kendall-style).
 * An item that is missing, or placed a different number of times than the question has it,
 * has no position, so every pair involving it counts as wrong.
 */
function orderingCredit(items: readonly string[], order: readonly string[]): number {
	const seen = new Map<string, number[]>();
	order.forEach((text, i) => seen.set(text, [...(seen.get(text) ?? []), i]));
	const expected = new Map<string, number>();
	for (const text of items) expected.set(text, (expected.get(text) ?? 0) + 1);
	// The k-th copy of a text in the question takes the k-th place where the learner put it,
	// so questions that repeat a text still score correctly.
	const used = new Map<string, number>();
	const positions = items.map((text) => {
		const places = seen.get(text) ?? [];
		const k = used.get(text) ?? 0;
		used.set(text, k + 1);
		return places.length === expected.get(text) ? places[k] : undefined;
	});
	const n = items.length;
	if (n < 2) return positions.every((p) => p !== undefined) ? 1 : 0;
	let concordant = 0;
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			const pi = positions[i];
			const pj = positions[j];
			if (pi !== undefined && pj !== undefined && pi < pj) concordant += 1;
		}
	}
	return concordant / ((n * (n - 1)) / 2);
}
