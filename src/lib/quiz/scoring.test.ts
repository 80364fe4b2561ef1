import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import type { Answer } from './answer';
import { HINT_FACTOR, scoreAnswer } from './scoring';

const base = { id: 'q', objectives: ['o'], difficulty: 1, prompt: 'p', explanation: 'e' };
const make =
	(fields: object) =>
	(over = {}) =>
		({ ...base, evidence: 'x', ...fields, ...over }) as Question;
const single = make({ type: 'single', options: ['A', 'B', 'C'], answer: 'B' });
const multi = make({ type: 'multi', options: ['A', 'B', 'C', 'D', 'E'], answers: ['A', 'B'] });
const truefalse = make({ type: 'truefalse', answer: true });
const matching = make({
	type: 'matching',
	pairs: ['1', '2', '3', '4'].map((n) => ({ left: `L${n}`, right: `R${n}` }))
});
const ordering = make({ type: 'ordering', items: ['A', 'B', 'C', 'D'] });
const short = make({ type: 'short', answers: ['The Netherlands', 'Holland'] });
const whosaid = make({ type: 'whosaid', quote: 'q', options: ['X', 'Y'], answer: 'Y' });
const claimfact = make({ type: 'claimfact', statement: 's', answer: 'reported' });

const credit = (q: Question, a: Answer) => scoreAnswer(q, a).credit;
const full = { credit: 1, correct: true };
const none = { credit: 0, correct: false };
const partly = (c: number) => ({ credit: c, correct: false });
const choose = (choice: string | null): Answer => ({ type: 'single', choice });
const pick = (...choices: string[]): Answer => ({ type: 'multi', choices });
const match = (pairs: Record<string, string | null>): Answer => ({ type: 'matching', pairs });
const order = (...items: string[]): Answer => ({ type: 'ordering', order: items });
const typed = (text: string): Answer => ({ type: 'short', text });

describe('single-choice types', () => {
	it('scores 1 for the answer and 0 otherwise', () => {
		expect(scoreAnswer(single(), choose('B'))).toEqual(full);
		expect(scoreAnswer(single(), choose('A'))).toEqual(none);
		expect(scoreAnswer(single(), choose(null))).toEqual(none);
		expect(credit(whosaid(), { type: 'whosaid', choice: 'Y' })).toBe(1);
		expect(credit(whosaid(), { type: 'whosaid', choice: 'X' })).toBe(0);
		expect(credit(whosaid(), { type: 'whosaid', choice: null })).toBe(0);
	});

	it('scores true/false, including a false answer and no answer', () => {
		expect(credit(truefalse(), { type: 'truefalse', value: true })).toBe(1);
		expect(credit(truefalse(), { type: 'truefalse', value: false })).toBe(0);
		expect(credit(truefalse({ answer: false }), { type: 'truefalse', value: false })).toBe(1);
		expect(credit(truefalse({ answer: false }), { type: 'truefalse', value: null })).toBe(0);
	});

	it('scores claim or reporting', () => {
		expect(credit(claimfact(), { type: 'claimfact', choice: 'reported' })).toBe(1);
		expect(credit(claimfact(), { type: 'claimfact', choice: 'claim' })).toBe(0);
		expect(credit(claimfact(), { type: 'claimfact', choice: null })).toBe(0);
	});
});

describe('multi', () => {
	it('gives full credit for exactly the right set, in any order', () => {
		expect(scoreAnswer(multi(), pick('B', 'A'))).toEqual(full);
	});

	it('gives partial credit, taking a wrong pick off a right one', () => {
		expect(scoreAnswer(multi(), pick('A'))).toEqual(partly(0.5));
		expect(credit(multi(), pick('A', 'B', 'C'))).toBe(0.5);
		expect(credit(multi(), pick('A', 'C'))).toBe(0);
	});

	it('floors at 0, so picking every option does not pay', () => {
		// 2 right, 3 wrong: (2 − 3) / 2 → 0.
		expect(credit(multi(), pick('A', 'B', 'C', 'D', 'E'))).toBe(0);
		// 3 right of 4 options, all picked: (3 − 1) / 3.
		const q = multi({ options: ['A', 'B', 'C', 'D'], answers: ['A', 'B', 'C'] });
		expect(credit(q, pick('A', 'B', 'C', 'D'))).toBe(0.6667);
	});

	it('scores 0 for nothing picked', () => {
		expect(scoreAnswer(multi(), pick())).toEqual(none);
	});

	it('counts duplicates once and ignores choices that are not options', () => {
		expect(credit(multi(), pick('A', 'A', 'B', 'B'))).toBe(1);
		expect(credit(multi(), pick('A', 'B', 'Z'))).toBe(1);
		expect(credit(multi(), pick('Z'))).toBe(0);
	});
});

describe('matching', () => {
	it('gives the share of lefts matched correctly', () => {
		expect(scoreAnswer(matching(), match({ L1: 'R1', L2: 'R2', L3: 'R3', L4: 'R4' }))).toEqual(
			full
		);
		expect(credit(matching(), match({ L1: 'R1', L2: 'R2', L3: 'R4', L4: 'R3' }))).toBe(0.5);
		expect(credit(matching(), match({ L1: 'R2', L2: 'R1', L3: 'R4', L4: 'R3' }))).toBe(0);
	});

	it('counts unmatched lefts as wrong', () => {
		expect(scoreAnswer(matching(), match({ L1: 'R1', L2: null }))).toEqual(partly(0.25));
		expect(credit(matching(), match({}))).toBe(0);
	});

	it('is not fooled by lefts that are Object.prototype names', () => {
		const pairs = [
			{ left: 'constructor', right: 'R1' },
			{ left: 'toString', right: 'R2' }
		];
		expect(credit(matching({ pairs }), match({}))).toBe(0);
		expect(credit(matching({ pairs }), match({ constructor: 'R1', toString: 'R2' }))).toBe(1);
	});
});

describe('ordering', () => {
	it('gives full credit for the right order and 0 for the reverse', () => {
		expect(scoreAnswer(ordering(), order('A', 'B', 'C', 'D'))).toEqual(full);
		expect(scoreAnswer(ordering(), order('D', 'C', 'B', 'A'))).toEqual(none);
	});

	it('gives the share of pairs in the right relative order', () => {
		// One adjacent swap breaks 1 of 6 pairs.
		expect(scoreAnswer(ordering(), order('B', 'A', 'C', 'D'))).toEqual(partly(0.8333));
		// Last moved to the front breaks 3 of 6.
		expect(credit(ordering(), order('D', 'A', 'B', 'C'))).toBe(0.5);
		expect(credit(ordering({ items: ['A', 'B', 'C'] }), order('A', 'C', 'B'))).toBe(0.6667);
	});

	it('counts pairs with a missing item as wrong', () => {
		// Without D, only the 3 pairs among A, B, C can be right.
		expect(credit(ordering(), order('A', 'B', 'C'))).toBe(0.5);
		expect(credit(ordering(), order('A', 'B', 'C', 'Q'))).toBe(0.5);
		expect(credit(ordering(), order())).toBe(0);
	});

	it('counts pairs with a duplicated item as wrong', () => {
		// A placed twice has no position: only B < C, B < D, C < D remain.
		expect(credit(ordering(), order('A', 'B', 'C', 'D', 'A'))).toBe(0.5);
		expect(credit(ordering(), order('A', 'A', 'A', 'A'))).toBe(0);
	});

	it('scores a question that repeats an item text', () => {
		const q = ordering({ items: ['A', 'B', 'A'] });
		expect(credit(q, order('A', 'B', 'A'))).toBe(1);
		expect(credit(q, order('A', 'A', 'B'))).toBe(0.6667);
	});

	it('guards against fewer than two items', () => {
		expect(credit(ordering({ items: ['A'] }), order('A'))).toBe(1);
		expect(credit(ordering({ items: ['A'] }), order())).toBe(0);
	});
});

describe('short', () => {
	it.each(['The Netherlands', 'netherlands', '  NETHERLANDS ', 'holland', 'the Netherlands.'])(
		'accepts %j',
		(text) => expect(scoreAnswer(short(), typed(text))).toEqual(full)
	);

	it('ignores accents, curly quotes and punctuation', () => {
		expect(credit(short({ answers: ['Curaçao'] }), typed('curacao'))).toBe(1);
		expect(credit(short({ answers: ["Taiwan's chip law"] }), typed('Taiwan’s chip-law!'))).toBe(1);
		expect(credit(short({ answers: ['“Made in China 2025”'] }), typed('made in china 2025'))).toBe(
			1
		);
	});

	it('treats U.S. and US alike', () => {
		expect(credit(short({ answers: ['the U.S.'] }), typed('US'))).toBe(1);
		expect(credit(short({ answers: ['US'] }), typed('U.S.'))).toBe(1);
	});

	it.each(['Belgium', '', '  ...  ', 'the'])('scores %j 0', (text) =>
		expect(scoreAnswer(short(), typed(text))).toEqual(none)
	);
});

describe('find the evidence', () => {
	const evidence = make({
		type: 'evidence',
		statement: 's',
		stance: 'supports',
		sentences: ['S1', 'S2', 'S3', 'S4'],
		answers: ['S2', 'S3']
	});
	const notSaid = evidence({ answers: [] });
	const marks = (marked: string[], none = false): Answer => ({ type: 'evidence', marked, none });

	it('scores by sentences: right marks less wrong ones, over the right sentences', () => {
		expect(scoreAnswer(evidence(), marks(['S2', 'S3']))).toEqual(full);
		expect(scoreAnswer(evidence(), marks(['S2']))).toEqual(partly(0.5));
		expect(scoreAnswer(evidence(), marks(['S1', 'S2', 'S3']))).toEqual(partly(0.5));
		expect(scoreAnswer(evidence(), marks(['S1', 'S4']))).toEqual(none);
		expect(scoreAnswer(evidence(), marks(['S1', 'S2', 'S3', 'S4']))).toEqual(none);
	});

	it('counts "the article does not say" as a wrong mark when the article does say', () => {
		expect(scoreAnswer(evidence(), marks([], true))).toEqual(none);
		expect(scoreAnswer(evidence(), marks(['S2', 'S3'], true))).toEqual(partly(0.5));
	});

	it('gives full credit where the article does not say only to that answer, alone', () => {
		expect(scoreAnswer(notSaid, marks([], true))).toEqual(full);
		expect(scoreAnswer(notSaid, marks(['S1'], true))).toEqual(none);
		expect(scoreAnswer(notSaid, marks(['S1']))).toEqual(none);
		expect(scoreAnswer(notSaid, marks([]))).toEqual(none);
	});

	it('ignores sentences the question does not show', () => {
		expect(scoreAnswer(evidence(), marks(['S2', 'S3', 'elsewhere']))).toEqual(full);
	});
});

describe('hints', () => {
	const hinted = (q: Question, a: Answer) => scoreAnswer(q, a, { hintUsed: true });

	it('costs a quarter of the credit, leaving `correct` alone', () => {
		expect(HINT_FACTOR).toBe(0.75);
		expect(hinted(single(), choose('B'))).toEqual({ credit: 0.75, correct: true });
		expect(hinted(multi(), pick('A'))).toEqual(partly(0.375));
		expect(hinted(single(), choose('A'))).toEqual(none);
		expect(scoreAnswer(single(), choose('B'), { hintUsed: false })).toEqual(full);
	});

	it('rounds to 4 decimals after the hint', () => {
		expect(hinted(ordering(), order('B', 'A', 'C', 'D')).credit).toBe(0.625);
		expect(hinted(ordering({ items: ['A', 'B', 'C'] }), order('A', 'C', 'B')).credit).toBe(0.5);
	});
});

describe('mismatched types', () => {
	it.each([
		[single(), { type: 'whosaid', choice: 'B' }],
		[whosaid(), choose('Y')],
		[truefalse(), choose('true')],
		[multi(), choose('A')],
		[matching(), order('L1')],
		[ordering(), pick('A', 'B', 'C', 'D')],
		[short(), choose('Holland')],
		[claimfact(), choose('reported')]
	] as [Question, Answer][])('scores a %s question 0 without throwing', (q, a) => {
		expect(scoreAnswer(q, a, { hintUsed: true })).toEqual(none);
	});
});
