import { describe, expect, it } from 'vitest';
import { formatTaken, reasonRuns } from './format';

describe('time taken in the gradebook', () => {
	it('reads as seconds, minutes or hours', () => {
		expect(formatTaken(42_000)).toBe('42 s');
		expect(formatTaken(65_000)).toBe('1 min 05 s');
		expect(formatTaken(3 * 3_600_000 + 7 * 60_000)).toBe('3 h 07 min');
	});

	it('never shows exponent notation: an impossible time is unknown', () => {
		for (const ms of [1e308, 1e21, Number.NaN, -5, Number.POSITIVE_INFINITY]) {
			expect(formatTaken(ms)).toBe('unknown');
		}
	});
});

describe('rejected pieces in an import report', () => {
	const notReceipt = 'This is not a Chipwise receipt file.';
	const damaged = 'This receipt has been changed or damaged since it was made.';

	it('reads side-by-side pieces with the same reason as one line', () => {
		const ten = Array.from({ length: 10 }, (_, i) => ({ piece: i + 1, message: notReceipt }));
		expect(reasonRuns(ten)).toEqual([{ pieces: 'Pieces 1–10', message: notReceipt }]);
	});

	it('keeps each change of reason, in order, and names gaps between pieces', () => {
		expect(
			reasonRuns([
				{ piece: 2, message: damaged },
				{ piece: 3, message: notReceipt },
				{ piece: 5, message: notReceipt },
				{ piece: 6, message: notReceipt },
				{ piece: 1200, message: damaged }
			])
		).toEqual([
			{ pieces: 'Piece 2', message: damaged },
			{ pieces: 'Pieces 3, 5–6', message: notReceipt },
			{ pieces: 'Piece 1,200', message: damaged }
		]);
	});
});
