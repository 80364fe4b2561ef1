import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import type { Answer } from '$lib/quiz/answer';
import { everyType, sample } from '$lib/test/factories';
import { decodeReceipt, encodeReceipt, MAX_STUDENT_CHARS } from './receipt';
import { makeAssignment, T0 } from './factories';
import { PAPER_APP_VERSION } from './limits';
import {
	blankAnswer,
	keyText,
	paperAnswer,
	paperChoices,
	paperReceipt,
	type PaperDraft
} from './paper';

const questions: Question[] = everyType();
const assignment = makeAssignment({ questionIds: questions.map((q) => q.id), due: null });
const init = { assignment, questions, contentVersion: 'micron-ban@1.0.0', now: T0 };
const draft = (answers: Record<string, Answer>, over: Partial<PaperDraft> = {}): PaperDraft => ({
	student: 'Zoë Lambert',
	handedIn: '2025-03-10',
	answers,
	...over
});
const byType = <T extends Question['type']>(type: T) =>
	questions.find((q) => q.type === type) as Extract<Question, { type: T }>;

function receipt(d: PaperDraft) {
	const checked = paperReceipt(d, init);
	if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
	return checked.receipt;
}

describe('the worksheet layout', () => {
	it('letters options as the pack lists them, and evidence sentences as the article has them', () => {
		expect(paperChoices(byType('single'))).toEqual(['Micron', 'Samsung', 'Intel']);
		expect(paperChoices(byType('evidence'))).toEqual(byType('evidence').sentences);
		expect(paperChoices(byType('short'))).toEqual([]);
	});

	it('lists ordering items and matching answers from A to Z, never in the answer’s order', () => {
		expect(paperChoices(byType('ordering'))).toEqual([
			'Ban announced',
			'Review ended',
			'Review opened'
		]);
		expect(paperChoices(byType('matching'))).toEqual(['Chipmaker', 'Regulator', 'US agency']);
		// Already A to Z: turned by one place.
		const sorted = sample.ordering({ items: ['Alpha', 'Beta', 'Gamma'] });
		expect(paperChoices(sorted)).toEqual(['Beta', 'Gamma', 'Alpha']);
	});
});

describe('the answer key', () => {
	it("gives each question's answer in the worksheet's letters", () => {
		const key = (q: Question) => keyText(q, paperChoices(q));
		expect(key(byType('single'))).toBe('A: Micron');
		expect(key(byType('multi'))).toBe('A, B: Micron; SK Hynix');
		expect(key(byType('truefalse'))).toBe('False');
		expect(key(byType('short'))).toBe('CAC');
		expect(key(sample.short({ answers: ['CAC', 'the CAC'] }))).toBe('CAC (also right: the CAC)');
		expect(key(byType('whosaid'))).toBe('A: Micron');
		expect(key(byType('claimfact'))).toBe('A claim by The CAC');
		expect(key(byType('evidence'))).toMatch(/^B: “The regulator called/);
		expect(key(sample.evidence({ answers: [] }))).toBe('The article does not say');

		expect(key(byType('ordering'))).toBe('C, B, A');
		expect(key(byType('matching'))).toBe('1–B, 2–A, 3–C');
	});
});

describe("a paper student's answers", () => {
	it('count nothing when left blank', () => {
		const r = receipt(draft({}));
		expect(r.results.map((x) => [x.credit, x.answer])).toEqual(
			questions.map(() => [0, '(no answer)'])
		);
		expect(r.score).toEqual({ credit: 0, total: 9, percent: 0 });
	});

	it('are scored as the quiz scores each type, in the assignment order', () => {
		const matching = byType('matching');
		const ordering = byType('ordering');
		const answers: Record<string, Answer> = {
			'q-single': { type: 'single', choice: 'Micron' },
			'q-multi': { type: 'multi', choices: ['Micron', 'Nvidia'] },
			'q-tf': { type: 'truefalse', value: true },
			'q-match': {
				type: 'matching',
				pairs: { CAC: 'Regulator', Micron: 'US agency', 'Commerce Department': null }
			},
			// The last place left empty: the two placed items are in the right order.
			'q-order': {
				type: 'ordering',
				order: [ordering.items[0] ?? '', ordering.items[1] ?? '', '']
			},
			'q-short': { type: 'short', text: '  cac ' },
			'q-who': { type: 'whosaid', choice: 'The CAC' },
			'q-claim': { type: 'claimfact', choice: 'claim' },
			'q-evidence': {
				type: 'evidence',
				marked: ['The regulator called the products a major security risk.'],
				none: false
			}
		};
		const r = receipt(draft(answers));
		expect(r.results.map((x) => x.credit)).toEqual([1, 0, 0, 0.3333, 0.3333, 1, 0, 1, 1]);
		expect(r.results[3]?.answer).toBe(
			`CAC → Regulator; Micron → US agency; Commerce Department → (none)`
		);
		expect(r.results[4]?.answer).toBe(`1. ${ordering.items[0]} → 2. ${ordering.items[1]}`);
		expect(r.results[5]?.answer).toBe('cac');
		expect(r.score).toEqual({ credit: 4.67, total: 9, percent: 52 });
		expect(matching.pairs).toHaveLength(3);
	});

	it('make a receipt marked as from paper that decodes as it was made', () => {
		const r = receipt(draft({ 'q-tf': { type: 'truefalse', value: false } }));
		expect(r).toMatchObject({
			assignmentId: assignment.id,
			student: 'Zoë Lambert',
			attemptsUsed: 1,
			timeMs: 0,
			appVersion: PAPER_APP_VERSION,
			contentVersion: 'micron-ban@1.0.0',
			title: assignment.title
		});
		expect(r.finishedAt).toBe(new Date(2025, 2, 10, 12).getTime());
		expect(r.startedAt).toBe(r.finishedAt);
		expect(decodeReceipt(encodeReceipt(r), T0)).toEqual({ ok: true, receipt: r });
	});

	it('leave out a question the pack no longer has', () => {
		const checked = paperReceipt(draft({}), { ...init, questions: questions.slice(1) });
		expect(checked.ok && checked.receipt.results.map((x) => x.questionId)).toEqual(
			questions.slice(1).map((q) => q.id)
		);
	});

	it('need a name and a day that has come', () => {
		const errors = (over: Partial<PaperDraft>) => {
			const checked = paperReceipt(draft({}, over), init);
			return checked.ok ? {} : checked.errors;
		};
		expect(errors({ student: ' \u200b ' })).toEqual({ student: 'Enter the student’s name.' });
		expect(errors({ student: 'x'.repeat(MAX_STUDENT_CHARS + 1) })).toEqual({
			student: `Keep the name to ${MAX_STUDENT_CHARS} characters.`
		});
		expect(errors({ student: ` ${'x'.repeat(MAX_STUDENT_CHARS)} ` })).toEqual({});
		expect(errors({ handedIn: '' })).toEqual({ handedIn: 'Enter the day it was handed in.' });
		expect(errors({ handedIn: '2025-02-30' })).toEqual({
			handedIn: 'Enter the day it was handed in.'
		});
		expect(errors({ handedIn: '2022-12-31' })).toEqual({
			handedIn: 'Enter a day in 2023 or later.'
		});
		expect(errors({ handedIn: '2025-03-11' })).toEqual({ handedIn: 'That day has not come yet.' });
	});
});

describe('the form', () => {
	it('starts with nothing given, not even an ordering', () => {
		for (const q of questions) {
			const r = receipt(draft({ [q.id]: blankAnswer(q) }));
			expect(r.results.find((x) => x.questionId === q.id)?.credit).toBe(0);
		}
		expect(paperAnswer(blankAnswer(byType('ordering')))).toEqual({ type: 'ordering', order: [] });
	});
});
