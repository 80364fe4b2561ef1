import { describe, expect, it } from 'vitest';
import { DAY, makeAssignment, makeReceipt, questionIds, T0 } from './factories';
import { PAPER_APP_VERSION } from './limits';
import { questionStats, sortRows, splitReceipts, studentRows, type StudentRow } from './gradebook';

// T0 is 10 March; the factory assignment is due 14 March.
const assignment = makeAssignment({ passMark: 60 });

describe('student rows', () => {
	it('take each student’s best receipt: highest percent, then earliest', () => {
		const receipts = [
			makeReceipt([1, 0, 0, 0, 0], { student: 'Ada', finishedAt: T0 + 1000, attemptsUsed: 1 }),
			makeReceipt([1, 1, 1, 1, 0], { student: ' ada ', finishedAt: T0 + 3000, attemptsUsed: 3 }),
			makeReceipt([1, 1, 1, 1, 0], { student: 'ADA', finishedAt: T0 + 2000, attemptsUsed: 2 }),
			makeReceipt([0, 0, 0, 0, 0], { student: 'Zoë', finishedAt: T0 + 500 })
		];
		const rows = studentRows(assignment, receipts);
		expect(rows.map((r) => [r.student, r.percent, r.finishedAt, r.receipts])).toEqual([
			['ADA', 80, T0 + 2000, 3],
			['Zoë', 0, T0 + 500, 1]
		]);
		expect(rows[0]).toMatchObject({
			key: 'ada',
			status: 'passed',
			credit: 4,
			total: 5,
			attemptsUsed: 3
		});
		expect(rows[1]?.status).toBe('below-pass');
	});

	it('say which result was entered from a worksheet', () => {
		const receipts = [
			makeReceipt(undefined, { student: 'Ada' }),
			makeReceipt(undefined, { student: 'Zoë', appVersion: PAPER_APP_VERSION, timeMs: 0 })
		];
		expect(studentRows(assignment, receipts).map((r) => [r.student, r.paper])).toEqual([
			['Ada', false],
			['Zoë', true]
		]);
	});

	it('count a receipt pasted twice once', () => {
		const r = makeReceipt();
		expect(studentRows(assignment, [r, { ...r }, r]).map((row) => row.receipts)).toEqual([1]);
	});

	it('pass at exactly the pass mark', () => {
		const [row] = studentRows(makeAssignment({ passMark: 60 }), [makeReceipt([1, 1, 1, 0, 0])]);
		expect(row?.status).toBe('passed');
	});

	it('flag work finished after the due date', () => {
		const onTime = makeReceipt(undefined, { student: 'A', finishedAt: T0 + 4 * DAY });
		const late = makeReceipt(undefined, { student: 'B', finishedAt: T0 + 5 * DAY });
		const flags = studentRows(assignment, [onTime, late]).map((r) => r.late);
		expect(flags).toEqual([false, true]);
		expect(studentRows({ ...assignment, due: null, passMark: 50 }, [late])[0]?.late).toBe(false);
	});
});

describe('sorting rows', () => {
	const row = (student: string, percent: number, late = false): StudentRow => ({
		key: student.toLowerCase(),
		student,
		status: percent >= 60 ? 'passed' : 'below-pass',
		percent,
		credit: percent / 20,
		total: 5,
		late,
		attemptsUsed: 1,
		timeMs: 1000 * percent,
		paper: false,
		finishedAt: T0 + percent,
		receipts: 1,
		results: []
	});
	const rows = [row('zoë', 80), row('Ada', 40, true), row('Émile', 80), row('ben', 60, true)];

	it('by name, ignoring case and accents', () => {
		const names = (key: 'asc' | 'desc') => sortRows(rows, 'student', key).map((r) => r.student);
		expect(names('asc')).toEqual(['Ada', 'ben', 'Émile', 'zoë']);
		expect(names('desc')).toEqual(['zoë', 'Émile', 'ben', 'Ada']);
	});

	it('stably: ties keep their order in both directions', () => {
		const percent = (key: 'asc' | 'desc') => sortRows(rows, 'percent', key).map((r) => r.student);
		expect(percent('asc')).toEqual(['Ada', 'ben', 'zoë', 'Émile']);
		expect(percent('desc')).toEqual(['zoë', 'Émile', 'ben', 'Ada']);
		expect(sortRows(rows, 'late', 'desc').map((r) => r.student)).toEqual([
			'Ada',
			'ben',
			'zoë',
			'Émile'
		]);
	});

	it('without changing the input', () => {
		const before = rows.map((r) => r.student);
		sortRows(rows, 'timeMs', 'desc');
		expect(rows.map((r) => r.student)).toEqual(before);
	});
});

describe('question stats', () => {
	const ids = questionIds(3);
	const receipts = [
		makeReceipt([1, 0, 0], { student: 'A' }, ['Micron', 'Japan', '(no answer)']),
		makeReceipt([1, 0.5, 0], { student: 'B' }, ['Micron', 'Korea', 'True']),
		makeReceipt([0, 0, 0], { student: 'C' }, ['Japan', 'Korea', 'True']),
		// C's better attempt replaces the one above.
		makeReceipt([1, 0, 0], { student: 'c', finishedAt: T0 + DAY }, ['Micron', 'Korea', 'True'])
	];

	it('count full credit, mean credit and the most common wrong answer', () => {
		expect(questionStats(ids, receipts)).toEqual([
			{ questionId: ids[0], answered: 3, percentCorrect: 100, meanCredit: 1, commonWrong: null },
			{
				questionId: ids[1],
				answered: 3,
				percentCorrect: 0,
				meanCredit: 0.17,
				commonWrong: { answer: 'Korea', count: 2 }
			},
			{
				questionId: ids[2],
				answered: 2,
				percentCorrect: 0,
				meanCredit: 0,
				commonWrong: { answer: 'True', count: 2 }
			}
		]);
	});

	it('leave out a question the pack no longer has, counting results with or without it', () => {
		const known = new Set(ids.slice(0, 2));
		const stats = questionStats(ids, receipts, known);
		expect(stats.map((x) => x.questionId)).toEqual(ids.slice(0, 2));
		expect(stats[0]).toMatchObject({ answered: 3, percentCorrect: 100 });
	});

	it('give zeros for a question nobody has sent', () => {
		expect(questionStats(['why.q99'], receipts)).toEqual([
			{ questionId: 'why.q99', answered: 0, percentCorrect: 0, meanCredit: 0, commonWrong: null }
		]);
	});
});

describe('results for other questions', () => {
	const other = makeReceipt([1], {
		student: 'Mallory',
		results: [{ questionId: 'some.other-question', credit: 1, answer: 'x' }]
	});
	const many = makeReceipt(
		Array.from({ length: 100 }, () => 1),
		{ student: 'Eve' }
	);

	it('are left out of the rows and the question figures, and listed apart with a reason', () => {
		const good = makeReceipt([1, 1, 1, 0, 0]);
		expect(studentRows(assignment, [good, other, many]).map((r) => r.student)).toEqual([
			'Ada Lovelace'
		]);
		const [first] = questionStats(assignment.questionIds, [other, many]);
		expect(first?.percentCorrect).toBe(0);
		const { counted, apart } = splitReceipts(assignment, [good, other, many]);
		expect(counted).toEqual([good]);
		expect(apart.map((x) => [x.receipt.student, x.reason])).toEqual([
			['Mallory', expect.stringMatching(/different questions.*\(0 of 5 match\)/)],
			['Eve', expect.stringMatching(/different questions.*of 5 match\)/)]
		]);
	});
});
