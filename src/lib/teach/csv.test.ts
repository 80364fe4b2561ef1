import { describe, expect, it } from 'vitest';
import { PAPER_APP_VERSION } from './limits';
import { gradebookCsv, toCsv } from './csv';
import { DAY, makeAssignment, makeReceipt, questionIds, T0 } from './factories';

const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('CSV', () => {
	it('starts with a BOM and ends every line with CRLF', () => {
		const csv = toCsv([
			['a', 1],
			['b', 2]
		]);
		expect(csv).toBe('\uFEFFa,1\r\nb,2\r\n');
	});

	it('quotes commas, quotes and line breaks, doubling quotes', () => {
		expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\r', 'plain']])).toBe(
			'\uFEFF"a,b","say ""hi""","two\nlines","cr\r",plain\r\n'
		);
	});

	it('writes numbers, booleans and empty cells', () => {
		expect(toCsv([[0.5, -3, true, false, null, Number.NaN]])).toBe('\uFEFF0.5,-3,TRUE,FALSE,,\r\n');
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		const cells = ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', 'a=b'];
		expect(lines(toCsv([cells]))[0]).toBe(`'=1+1,'+SUM(A1),'-2,'@cmd,'\tx,"'\rx",a=b`);
		expect(toCsv([['=HYPERLINK("x")']])).toBe('\uFEFF"\'=HYPERLINK(""x"")"\r\n');
	});
});

describe('gradebook CSV', () => {
	const ids = questionIds(3);
	const assignment = makeAssignment({ questionIds: ids, passMark: 50 });
	const label = (id: string) => `Q ${id}`;

	it('has the fixed columns, then one per question', () => {
		const [header] = lines(gradebookCsv(assignment, [], label));
		expect(header).toBe(
			`Student,Score (%),Points,Total,Status,On time,Attempts,Time (s),Finished (ISO),${ids.map(label).join(',')}`
		);
		expect(lines(gradebookCsv(assignment, [], label))).toEqual([header, '']);
	});

	it('writes one row per student from their best receipt, names kept as data', () => {
		const receipts = [
			makeReceipt([1, 0.5, 0], { student: '=cmd|calc', timeMs: 61_400 }),
			makeReceipt([0, 0, 0], { student: 'Zoë, "Z"', finishedAt: T0 + 5 * DAY, attemptsUsed: 2 }),
			makeReceipt([1, 1, 0], { student: '=CMD|calc', finishedAt: T0 + 1000, attemptsUsed: 2 })
		];
		const [, first, second, end] = lines(gradebookCsv(assignment, receipts, label));
		const finished = (t: number) => new Date(t).toISOString();
		expect(first).toBe(`'=CMD|calc,67,2,3,Passed,Yes,2,95,${finished(T0 + 1000)},1,1,0`);
		expect(second).toBe(
			`"Zoë, ""Z""",0,0,3,Below pass mark,No,2,95,${finished(T0 + 5 * DAY)},0,0,0`
		);
		expect(end).toBe('');
	});

	it('leaves out a receipt for other questions than the assignment’s', () => {
		const receipt = makeReceipt([1, 1]);
		const csv = gradebookCsv(
			makeAssignment({ questionIds: [...questionIds(2), 'why.q99'] }),
			[receipt],
			label
		);
		expect(lines(csv)).toHaveLength(2);
	});

	it('never writes a number in exponent notation, even from a receipt stored long ago', () => {
		const receipts = [makeReceipt([1, 1, 1], { timeMs: 1e308 })];
		const [, row] = lines(gradebookCsv(assignment, receipts, label));
		expect(row).not.toMatch(/e\+/);
		expect(row?.split(',')[7]).toBe('');
	});

	it('leaves the time empty for answers entered from paper', () => {
		const receipts = [makeReceipt([1, 1, 0], { appVersion: PAPER_APP_VERSION, timeMs: 0 })];
		const [, row] = lines(gradebookCsv(assignment, receipts, label));
		expect(row?.split(',')[7]).toBe('');
	});
});
