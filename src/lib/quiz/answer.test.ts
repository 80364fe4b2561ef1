import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import {
	correctAnswer,
	correctAnswerText,
	describeAnswer,
	emptyAnswer,
	isAnswered,
	type Answer
} from './answer';
import { scoreAnswer } from './scoring';

const base = {
	id: 'q',
	objectives: ['o'],
	difficulty: 1,
	prompt: 'p',
	explanation: 'e',
	evidence: 'x'
};
const single = (over = {}) =>
	({
		...base,
		type: 'single',
		options: ['Micron', 'Samsung', 'SK Hynix'],
		answer: 'Micron',
		...over
	}) as Question;
const multi = (over = {}) =>
	({
		...base,
		type: 'multi',
		options: ['A', 'B', 'C', 'D'],
		answers: ['C', 'A'],
		...over
	}) as Question;
const truefalse = (over = {}) =>
	({ ...base, type: 'truefalse', answer: false, ...over }) as Question;
const matching = (over = {}) =>
	({
		...base,
		type: 'matching',
		pairs: [
			{ left: 'Japan', right: 'joined the effort' },
			{ left: 'China', right: 'banned Micron' }
		],
		...over
	}) as Question;
const ordering = (over = {}) =>
	({ ...base, type: 'ordering', items: ['X', 'Y', 'Z'], ...over }) as Question;
const short = (over = {}) =>
	({ ...base, type: 'short', answers: ['The Netherlands', 'Holland'], ...over }) as Question;
const whosaid = (over = {}) =>
	({
		...base,
		type: 'whosaid',
		quote: 'q',
		options: ['Raimondo', 'Mao'],
		answer: 'Mao',
		...over
	}) as Question;
const claimfact = (over = {}) =>
	({
		...base,
		type: 'claimfact',
		statement: 's',
		answer: 'claim',
		claimant: 'the CAC',
		...over
	}) as Question;

const all = [
	single(),
	multi(),
	truefalse(),
	matching(),
	ordering(),
	short(),
	whosaid(),
	claimfact()
];

describe('emptyAnswer', () => {
	it('starts every type blank', () => {
		expect(all.map((q) => emptyAnswer(q))).toEqual([
			{ type: 'single', choice: null },
			{ type: 'multi', choices: [] },
			{ type: 'truefalse', value: null },
			{ type: 'matching', pairs: { Japan: null, China: null } },
			{ type: 'ordering', order: ['X', 'Y', 'Z'] },
			{ type: 'short', text: '' },
			{ type: 'whosaid', choice: null },
			{ type: 'claimfact', choice: null }
		]);
	});

	it('starts an ordering in the shown order, as a copy', () => {
		const shown = ['Z', 'X', 'Y'];
		const a = emptyAnswer(ordering(), shown);
		expect(a).toEqual({ type: 'ordering', order: ['Z', 'X', 'Y'] });
		expect(a.type === 'ordering' && a.order).not.toBe(shown);
	});
});

describe('isAnswered', () => {
	it('is false for empty answers, except an ordering, which is always an answer', () => {
		expect(all.map((q) => isAnswered(q, emptyAnswer(q)))).toEqual([
			false,
			false,
			false,
			false,
			true,
			false,
			false,
			false
		]);
	});

	it('is true once something is given', () => {
		for (const q of all) expect(isAnswered(q, correctAnswer(q))).toBe(true);
		expect(isAnswered(truefalse(), { type: 'truefalse', value: false })).toBe(true);
	});

	it('needs every left matched and non-blank short text', () => {
		expect(isAnswered(matching(), { type: 'matching', pairs: { Japan: 'banned Micron' } })).toBe(
			false
		);
		expect(
			isAnswered(matching(), { type: 'matching', pairs: { Japan: 'banned Micron', China: null } })
		).toBe(false);
		expect(isAnswered(short(), { type: 'short', text: '   ' })).toBe(false);
	});

	it('is false for an answer of another type', () => {
		expect(isAnswered(single(), { type: 'whosaid', choice: 'Micron' })).toBe(false);
	});
});

describe('find the evidence', () => {
	const q = (answers: string[]) =>
		({
			...base,
			type: 'evidence',
			statement: 's',
			stance: 'supports',
			sentences: ['One.', 'Two.', 'Three.'],
			answers
		}) as Question;

	it('starts unanswered, and counts a mark or "the article does not say" as an answer', () => {
		const empty = emptyAnswer(q(['Two.']));
		expect(empty).toEqual({ type: 'evidence', marked: [], none: false });
		expect(isAnswered(q(['Two.']), empty)).toBe(false);
		expect(isAnswered(q(['Two.']), { type: 'evidence', marked: ['One.'], none: false })).toBe(true);
		expect(isAnswered(q(['Two.']), { type: 'evidence', marked: [], none: true })).toBe(true);
	});

	it('writes the marked sentences in the passage order, quoted, or that the article does not say', () => {
		const a: Answer = { type: 'evidence', marked: ['Three.', 'One.'], none: false };
		expect(describeAnswer(q(['Two.']), a)).toBe('“One.” “Three.”');
		expect(describeAnswer(q([]), { type: 'evidence', marked: [], none: true })).toBe(
			'The article does not say'
		);
		expect(correctAnswerText(q(['Three.', 'Two.']))).toBe('“Two.” “Three.”');
		expect(correctAnswerText(q([]))).toBe('The article does not say');
		expect(scoreAnswer(q(['Two.']), correctAnswer(q(['Two.'])))).toEqual({
			credit: 1,
			correct: true
		});
		expect(scoreAnswer(q([]), correctAnswer(q([])))).toEqual({ credit: 1, correct: true });
	});
});

describe('describeAnswer', () => {
	it('writes each type as text', () => {
		const cases: [Question, Answer, string][] = [
			[single(), { type: 'single', choice: 'Micron' }, 'Micron'],
			[multi(), { type: 'multi', choices: ['C', 'A', 'C'] }, 'A; C'],
			[truefalse(), { type: 'truefalse', value: true }, 'True'],
			[truefalse(), { type: 'truefalse', value: false }, 'False'],
			[
				matching(),
				{ type: 'matching', pairs: { China: 'banned Micron', Japan: 'joined the effort' } },
				'Japan → joined the effort; China → banned Micron'
			],
			[ordering(), { type: 'ordering', order: ['Y', 'X', 'Z'] }, '1. Y → 2. X → 3. Z'],
			[short(), { type: 'short', text: '  holland ' }, 'holland'],
			[whosaid(), { type: 'whosaid', choice: 'Raimondo' }, 'Raimondo'],
			[claimfact(), { type: 'claimfact', choice: 'claim' }, 'A claim'],
			[claimfact(), { type: 'claimfact', choice: 'reported' }, "The article's own reporting"]
		];
		for (const [q, a, text] of cases) expect(describeAnswer(q, a)).toBe(text);
	});

	it('says "(no answer)" when nothing was given, or for the wrong type', () => {
		for (const q of all.filter((q) => q.type !== 'ordering')) {
			expect(describeAnswer(q, emptyAnswer(q))).toBe('(no answer)');
		}
		expect(describeAnswer(ordering(), { type: 'ordering', order: [] })).toBe('(no answer)');
		expect(describeAnswer(single(), { type: 'short', text: 'Micron' })).toBe('(no answer)');
	});

	it('marks lefts not yet matched', () => {
		const a: Answer = { type: 'matching', pairs: { China: 'joined the effort' } };
		expect(describeAnswer(matching(), a)).toBe('Japan → (none); China → joined the effort');
	});
});

describe('correctAnswerText', () => {
	it('writes the right answer in the same format', () => {
		expect(all.map(correctAnswerText)).toEqual([
			'Micron',
			'A; C',
			'False',
			'Japan → joined the effort; China → banned Micron',
			'1. X → 2. Y → 3. Z',
			'The Netherlands',
			'Mao',
			'A claim by the CAC'
		]);
	});

	it('handles a claim without a claimant and the reporting answer', () => {
		expect(correctAnswerText(claimfact({ claimant: undefined }))).toBe('A claim');
		expect(correctAnswerText(claimfact({ answer: 'reported' }))).toBe(
			"The article's own reporting"
		);
	});
});

describe('correctAnswer', () => {
	it('scores full credit for every type', () => {
		for (const q of all) {
			expect(scoreAnswer(q, correctAnswer(q)), q.type).toEqual({ credit: 1, correct: true });
		}
	});

	it('is a fresh copy, not the question data', () => {
		const q = ordering();
		const a = correctAnswer(q);
		expect(q.type === 'ordering' && a.type === 'ordering' && a.order !== q.items).toBe(true);
	});
});
