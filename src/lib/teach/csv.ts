import type { Assignment } from './assignment';
import { bestReceipts, studentRows } from './gradebook';
import { takenSeconds } from './format';
import { studentKey } from './identity';
import type { Receipt } from './receipt';

type Cell = string | number | boolean | null;

function cell(value: Cell): string {
	if (value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	// A spreadsheet runs text that starts like a formula; a leading ' makes it plain text.
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 text with CRLF line ends, led by a byte order mark so Excel reads it as UTF-8. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return '\uFEFF' + rows.map((row) => row.map(cell).join(',') + '\r\n').join('');
}

/** One row per student from their best receipt, one column per question with its credit. */
export function gradebookCsv(
	a: Pick<Assignment, 'title' | 'questionIds' | 'due' | 'passMark'>,
	receipts: readonly Receipt[],
	questionLabel: (id: string) => string
): string {
	const header = [
		'Student',
		'Score (%)',
		'Points',
		'Total',
		'Status',
		'On time',
		'Attempts',
		'Time (s)',
		'Finished (ISO)',
		...a.questionIds.map(questionLabel)
	];
	const best = new Map(
		bestReceipts(a.questionIds, receipts).map((r) => [studentKey(r.student), r])
	);
	const rows = studentRows(a, receipts).map((row) => {
		const results = best.get(row.key)?.results ?? [];
		const credit = (id: string) => results.find((x) => x.questionId === id)?.credit ?? null;
		return [
			row.student,
			row.percent,
			Math.round(row.credit * 100) / 100,
			row.total,
			row.status === 'passed' ? 'Passed' : 'Below pass mark',
			row.late ? 'No' : 'Yes',
			row.attemptsUsed,
			// A worksheet done on paper has no time taken: the cell is left empty.
			row.paper ? null : takenSeconds(row.timeMs),
			new Date(row.finishedAt).toISOString(),
			...a.questionIds.map(credit)
		];
	});
	return toCsv([header, ...rows]);
}
