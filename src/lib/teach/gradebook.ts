import { NO_ANSWER } from '$lib/quiz/answer';
import { compareText } from '$lib/text/compare';
import type { Assignment } from './assignment';
import { isLate, receiptKey, studentKey } from './identity';
import { PAPER_APP_VERSION } from './limits';
import { questionsMatch, receiptMismatch } from './match';
import type { Receipt } from './receipt';
import { wrongOptionCounts, type OptionKey } from './wrong-options';

export interface StudentRow {
	key: string;
	student: string;
	status: 'passed' | 'below-pass';
	percent: number;
	credit: number;
	total: number;
	late: boolean;
	attemptsUsed: number;
	timeMs: number;
	/** Entered by the teacher from a worksheet: no time was measured. */
	paper: boolean;
	finishedAt: number;
	/** How many different receipts this student sent. */
	receipts: number;
	/** Each answer of the best receipt, with its credit. */
	results: Receipt['results'];
}

export interface QuestionStat {
	questionId: string;
	answered: number;
	/** Share of students with full credit, 0–100, rounded. */
	percentCorrect: number;
	meanCredit: number;
	/**
	 * The answer given most often without full credit; for a multiple-select question, the
	 * wrong option ticked most often (`option`), never a right one.
	 */
	commonWrong: { answer: string; count: number; option?: true } | null;
}

export type SortKey = 'student' | 'percent' | 'finishedAt' | 'timeMs' | 'attemptsUsed' | 'late';

function isBetter(a: Receipt, b: Receipt): boolean {
	return (
		a.score.percent > b.score.percent ||
		(a.score.percent === b.score.percent && a.finishedAt < b.finishedAt)
	);
}

/** The receipts that are results of the assignment's questions: only these count. */
function counts(
	questionIds: readonly string[],
	receipts: readonly Receipt[],
	known?: ReadonlySet<string>
): Receipt[] {
	return receipts.filter((r) => questionsMatch(questionIds, r.results, known).same);
}

/**
 * The receipts that count in the gradebook, and those that are for other questions (stored
 * before such receipts were refused, or from an earlier version of the assignment), each with
 * the reason it is left out.
 */
export function splitReceipts(
	a: Pick<Assignment, 'title' | 'questionIds' | 'attemptsAllowed'>,
	receipts: readonly Receipt[],
	known?: ReadonlySet<string>
): { counted: Receipt[]; apart: { receipt: Receipt; reason: string }[] } {
	const counted: Receipt[] = [];
	const apart: { receipt: Receipt; reason: string }[] = [];
	for (const receipt of receipts) {
		const reason = receiptMismatch(a, receipt, { attempts: false, known });
		if (reason) apart.push({ receipt, reason });
		else counted.push(receipt);
	}
	return { counted, apart };
}

/** Each student's receipts, the same receipt pasted twice counted once. */
function byStudent(receipts: readonly Receipt[]): Map<string, Receipt[]> {
	const seen = new Set<string>();
	const students = new Map<string, Receipt[]>();
	for (const r of receipts) {
		const key = receiptKey(r);
		if (seen.has(key)) continue;
		seen.add(key);
		const own = students.get(studentKey(r.student)) ?? [];
		own.push(r);
		students.set(studentKey(r.student), own);
	}
	return students;
}

function best(own: readonly Receipt[]): Receipt | undefined {
	return own.reduce<Receipt | undefined>((b, r) => (!b || isBetter(r, b) ? r : b), undefined);
}

/** Each student's best receipt of those that count: highest percent, then the earliest. */
export function bestReceipts(
	questionIds: readonly string[],
	receipts: readonly Receipt[],
	known?: ReadonlySet<string>
): Receipt[] {
	return [...byStudent(counts(questionIds, receipts, known)).values()].flatMap(
		(own) => best(own) ?? []
	);
}

/**
 * One row per student, from their best receipt of those that count. `attemptsUsed` is the
 * most any of their receipts reports, since a later, weaker attempt still used an attempt.
 */
export function studentRows(
	a: Pick<Assignment, 'due' | 'passMark' | 'questionIds'>,
	receipts: readonly Receipt[],
	known?: ReadonlySet<string>
): StudentRow[] {
	const rows = [...byStudent(counts(a.questionIds, receipts, known))].flatMap(
		([key, own]): StudentRow[] => {
			const r = best(own);
			if (!r) return [];
			return [
				{
					key,
					student: r.student,
					status: r.score.percent >= a.passMark ? 'passed' : 'below-pass',
					percent: r.score.percent,
					credit: r.score.credit,
					total: r.score.total,
					late: isLate(a, r.finishedAt),
					attemptsUsed: Math.max(...own.map((x) => x.attemptsUsed)),
					timeMs: r.timeMs,
					paper: r.appVersion === PAPER_APP_VERSION,
					finishedAt: r.finishedAt,
					receipts: own.length,
					results: r.results
				}
			];
		}
	);
	return sortRows(rows, 'student', 'asc');
}

/**
 * Per question over each student's best receipt; a question no receipt has counts zeros. With
 * `known`, a question the pack no longer has gets no row.
 */
export function questionStats(
	questionIds: readonly string[],
	receipts: readonly Receipt[],
	known?: ReadonlySet<string>,
	/** Multiple-select questions' keys: their wrong options are counted one by one. */
	keys: Readonly<Record<string, OptionKey>> = {}
): QuestionStat[] {
	const bests = bestReceipts(questionIds, receipts, known);
	const shown = known ? questionIds.filter((id) => known.has(id)) : questionIds;
	// Each question's results in the students' order, gathered in one pass over the receipts.
	const byQuestion = new Map<string, Receipt['results']>();
	for (const r of bests) {
		for (const x of r.results) {
			const list = byQuestion.get(x.questionId);
			if (list) list.push(x);
			else byQuestion.set(x.questionId, [x]);
		}
	}
	return shown.map((questionId) => {
		const results = byQuestion.get(questionId) ?? [];
		const missed = results
			.filter((x) => x.credit < 1 && x.answer !== NO_ANSWER)
			.map((x) => x.answer);
		const key = Object.hasOwn(keys, questionId) ? keys[questionId] : undefined;
		const wrong = key ? wrongOptionCounts(missed, key) : tally(missed);
		const [top] = [...wrong].sort(([a, m], [b, n]) => n - m || compareText(a, b));
		const n = results.length;
		return {
			questionId,
			answered: results.filter((x) => x.answer !== NO_ANSWER).length,
			percentCorrect: n ? Math.round((results.filter((x) => x.credit >= 1).length / n) * 100) : 0,
			meanCredit: n ? Math.round((results.reduce((s, x) => s + x.credit, 0) / n) * 100) / 100 : 0,
			commonWrong: top ? { answer: top[0], count: top[1], ...(key ? { option: true } : {}) } : null
		};
	});
}

function tally(values: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return counts;
}

const compare: Record<SortKey, (a: StudentRow, b: StudentRow) => number> = {
	student: (a, b) => compareText(a.student, b.student),
	percent: (a, b) => a.percent - b.percent,
	finishedAt: (a, b) => a.finishedAt - b.finishedAt,
	timeMs: (a, b) => a.timeMs - b.timeMs,
	attemptsUsed: (a, b) => a.attemptsUsed - b.attemptsUsed,
	late: (a, b) => Number(a.late) - Number(b.late)
};

/** Stable: rows that tie keep their order, in either direction. */
export function sortRows(
	rows: readonly StudentRow[],
	key: SortKey,
	direction: 'asc' | 'desc'
): StudentRow[] {
	const sign = direction === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => sign * compare[key](a, b));
}
