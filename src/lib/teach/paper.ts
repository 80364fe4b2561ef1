// An assignment on paper: the worksheet's one fixed layout (the assignment's question order,
// options lettered, ordering items and matching answers from A to Z), and
// a paper student's answers, entered by the teacher, as the receipt a device would have sent.
import type { Question } from '$lib/content/schema';
import {
	correctAnswer,
	correctAnswerText,
	describeAnswer,
	emptyAnswer,
	NO_ANSWER,
	type Answer
} from '$lib/quiz/answer';
import { scoreAnswer } from '$lib/quiz/scoring';
import { localDay } from '$lib/text/dates';
import { hasVisible, visibleText } from '$lib/text/visible';
import type { Assignment } from './assignment';
import { PAPER_APP_VERSION } from './limits';
import { EARLIEST_RECEIPT } from './plausible';
import { MAX_STUDENT_CHARS, type Receipt } from './receipt';

/** Explanations up to this long are printed with the answer key. */
export const SHORT_EXPLANATION = 280;

/** "A", "B", … for the n-th (0-based) option. */
export const letter = (i: number) => String.fromCharCode(65 + i);

/**
 * What a question's answers are picked from on paper, lettered A, B, … in this order: options
 * as the pack lists them, evidence sentences as the article has them, matching answers and
 * ordering items from A to Z (never in the answer's order). The same on every copy of a
 * worksheet, in its key and when its answers are entered; nothing for the other types.
 */
export function paperChoices(q: Question): string[] {
	switch (q.type) {
		case 'single':
		case 'multi':
		case 'whosaid':
			return [...q.options];
		case 'evidence':
			return [...q.sentences];
		case 'matching':
			return unsolved(q.pairs.map((p) => p.right));
		case 'ordering':
			return unsolved(q.items);
		default:
			return [];
	}
}

/**
 * `answer` from A to Z, turned by one place should that be the answer's own order. Case set
 * aside and no more: sharing the class lists' `compareText` would split it into a chunk of its
 * own in Teach's first load.
 */
function unsolved(answer: readonly string[]): string[] {
	const key = (text: string) => text.toLowerCase();
	const sorted = [...answer].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
	const solved = sorted.every((item, i) => item === answer[i]);
	return solved ? [...sorted.slice(1), ...sorted.slice(0, 1)] : sorted;
}

/** The form's answer before anything is entered: nothing, not even an ordering. */
export function blankAnswer(q: Question): Answer {
	// One slot a place, '' while empty.
	if (q.type === 'ordering') return { type: 'ordering', order: q.items.map(() => '') };
	return emptyAnswer(q);
}

/** The answer as scored: an ordering's empty places left out (its items then count as wrong). */
export function paperAnswer(a: Answer): Answer {
	if (a.type === 'ordering') return { type: 'ordering', order: a.order.filter((x) => x !== '') };
	if (a.type === 'short') return { type: 'short', text: visibleText(a.text) };
	return a;
}

/** The letter of each text among `choices`, joined: "A, C". */
function letters(texts: readonly string[], choices: readonly string[]): string {
	return texts.map((t) => letter(choices.indexOf(t))).join(', ');
}

/** The right answer as the answer key prints it, in the worksheet's letters and numbers. */
export function keyText(q: Question, choices: readonly string[]): string {
	const right = correctAnswer(q);
	switch (right.type) {
		case 'single':
		case 'whosaid':
			return `${letters([right.choice ?? ''], choices)}: ${right.choice}`;
		case 'multi':
			return `${letters(right.choices, choices)}: ${right.choices.join('; ')}`;
		case 'matching':
			return (q.type === 'matching' ? q.pairs : [])
				.map((p, i) => `${i + 1}–${letters([p.right], choices)}`)
				.join(', ');
		case 'ordering':
			return letters(right.order, choices);
		case 'short': {
			const [first, ...others] = q.type === 'short' ? q.answers : [];
			return others.length ? `${first} (also right: ${others.join('; ')})` : (first ?? '');
		}
		case 'evidence':
			return right.none
				? describeAnswer(q, right)
				: `${letters(right.marked, choices)}: ${describeAnswer(q, right)}`;
		default:
			return correctAnswerText(q);
	}
}

/** Today as the date field holds it, YYYY-MM-DD in local time. */
export function isoDay(at: number): string {
	const d = new Date(at);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface PaperDraft {
	student: string;
	/** The day the worksheet was handed in, YYYY-MM-DD. */
	handedIn: string;
	/** By question id; a question with nothing entered counts as not answered. */
	answers: Readonly<Record<string, Answer>>;
}

export type PaperErrors = Partial<Record<'student' | 'handedIn', string>>;
export type PaperChecked = { ok: true; receipt: Receipt } | { ok: false; errors: PaperErrors };

/**
 * The receipt of a paper student's answers, scored as the quiz scores them, or a message for
 * each field that is wrong. It is finished at noon on the day handed in (so entering the same
 * student's worksheet twice is a duplicate), has no time taken and one attempt, and says
 * `PAPER_APP_VERSION` where a device puts its version. `questions` are those of the
 * assignment the pack has, in any order.
 */
export function paperReceipt(
	draft: PaperDraft,
	init: {
		assignment: Assignment;
		questions: readonly Question[];
		contentVersion: string;
		now: number;
	}
): PaperChecked {
	const { assignment: a, now } = init;
	const errors: PaperErrors = {};
	const student = visibleText(draft.student);
	if (!hasVisible(student)) errors.student = 'Enter the student’s name.';
	else if (student.length > MAX_STUDENT_CHARS)
		errors.student = `Keep the name to ${MAX_STUDENT_CHARS} characters.`;
	const day = /^\d{4}-\d{2}-\d{2}$/.test(draft.handedIn) ? localDay(draft.handedIn) : null;
	const finishedAt = day && isoDay(day.getTime()) === draft.handedIn ? day.getTime() : NaN;
	if (!Number.isFinite(finishedAt)) errors.handedIn = 'Enter the day it was handed in.';
	else if (finishedAt < EARLIEST_RECEIPT) errors.handedIn = 'Enter a day in 2023 or later.';
	else if (draft.handedIn > isoDay(now)) errors.handedIn = 'That day has not come yet.';
	if (errors.student || errors.handedIn) return { ok: false, errors };

	const byId = new Map(init.questions.map((q) => [q.id, q]));
	const results = a.questionIds.flatMap((questionId) => {
		const q = byId.get(questionId);
		if (!q) return [];
		const given = paperAnswer(draft.answers[questionId] ?? blankAnswer(q));
		return [
			{
				questionId,
				credit: given.type === q.type ? scoreAnswer(q, given).credit : 0,
				answer: given.type === q.type ? describeAnswer(q, given) : NO_ANSWER
			}
		];
	});
	const credit = results.reduce((sum, r) => sum + r.credit, 0);
	const total = results.length;
	return {
		ok: true,
		receipt: {
			assignmentId: a.id,
			student,
			score: {
				credit: Math.round(credit * 100) / 100,
				total,
				percent: total ? Math.round((credit / total) * 100) : 0
			},
			results,
			timeMs: 0,
			startedAt: finishedAt,
			finishedAt,
			attemptsUsed: 1,
			appVersion: PAPER_APP_VERSION,
			contentVersion: init.contentVersion,
			title: a.title
		}
	};
}
