import type { Question } from '$lib/content/schema';
import { describeAnswer, NO_ANSWER } from '$lib/quiz/answer';
import { summarize, type Attempt, type Response } from '$lib/quiz/attempt';
import { MAX_STUDENT_CHARS, type Receipt } from '$lib/teach/receipt';

/**
 * A finished attempt at an assignment as the receipt a student sends their teacher: the
 * score as Results shows it, and each question's first-pass credit and answer in words, in
 * the assignment's order (not the shuffled one the student saw).
 */
export function buildReceipt(init: {
	attempt: Attempt;
	responses: readonly Response[];
	questions: readonly Question[];
	/** The assignment's question order. */
	order: readonly string[];
	student: string;
	attemptsUsed: number;
	appVersion: string;
	contentVersion: string;
	/** The assignment's title, carried so that any device can name the receipt. */
	title?: string;
}): Receipt {
	const { attempt, responses, questions, order } = init;
	const summary = summarize(attempt, responses, questions);
	const byId = new Map(questions.map((q) => [q.id, q]));
	const first = new Map(responses.filter((r) => r.round === 0).map((r) => [r.questionId, r]));
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	const ids = [...attempt.questionIds].sort((a, b) => rank(a) - rank(b));
	const finishedAt = attempt.finishedAt ?? attempt.updatedAt;
	return {
		assignmentId: attempt.assignmentId ?? '',
		student: init.student.trim().slice(0, MAX_STUDENT_CHARS),
		score: { credit: summary.credit, total: summary.total, percent: summary.percent },
		results: ids.map((questionId) => {
			const r = first.get(questionId);
			const q = byId.get(questionId);
			return {
				questionId,
				credit: r?.credit ?? 0,
				answer: r && q ? describeAnswer(q, r.answer) : NO_ANSWER
			};
		}),
		timeMs: summary.timeMs,
		startedAt: attempt.startedAt,
		finishedAt: Math.max(finishedAt, attempt.startedAt),
		attemptsUsed: Math.max(1, init.attemptsUsed),
		appVersion: init.appVersion,
		contentVersion: init.contentVersion,
		...(init.title ? { title: init.title } : {})
	};
}
