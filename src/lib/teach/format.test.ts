import { describe, expect, it } from 'vitest';
import { formatTaken, quotePiece, reasonRuns } from './format';

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

	it('quotes each piece that has text on a line of its own', () => {
		const cut = 'R1.eJyrVkrOzy0oSS1SslIqzs_NV6oFAF7ZB9o';
		const message = 'This is not a receipt code or link.';
		expect(
			reasonRuns([
				{ piece: 1, message, text: 'hello' },
				{ piece: 2, message, text: 'hello' },
				{ piece: 3, message: damaged, text: cut },
				{ piece: 4, message: notReceipt },
				{ piece: 5, message: notReceipt }
			])
		).toEqual([
			{ pieces: 'Piece 1', message, quote: 'hello' },
			{ pieces: 'Piece 2', message, quote: 'hello' },
			{ pieces: 'Piece 3', message: damaged, quote: 'R1.eJyrVkrOzy0oSS1SslIq…' },
			{ pieces: 'Pieces 4–5', message: notReceipt }
		]);
	});
});

describe('a pasted piece quoted back', () => {
	it('keeps a short piece whole, and cuts a long one to 24 characters with "…"', () => {
		expect(quotePiece('hello  there')).toBe('hello there');
		expect(quotePiece('x'.repeat(24))).toBe('x'.repeat(24));
		expect(quotePiece('x'.repeat(25))).toBe(`${'x'.repeat(23)}…`);
		expect(quotePiece(`${'x'.repeat(1_000_000)}`)).toHaveLength(24);
		expect(quotePiece('Hello Ms Novak, here are the results')).toBe('Hello Ms Novak, here…');
	});

	it('shows no invisible or bidi characters, and never splits an emoji', () => {
		expect(quotePiece('Bob\u202E teacher\u200B')).toBe('Bob teacher');
		expect(quotePiece('🙂'.repeat(30))).toBe(`${'🙂'.repeat(23)}…`);
		expect(quotePiece(`${'\u200B'.repeat(500)}ok`)).toBe('…');
	});
});
