import { describe, expect, it } from 'vitest';
import { DAY, makeReceipt, T0 } from './factories';
import { decodeReceipt, encodeReceipt, type Receipt } from './receipt';

const NOW = T0 + 2 * DAY;
const decoded = (over: Partial<Receipt>, now = NOW) =>
	decodeReceipt(encodeReceipt(makeReceipt(undefined, over)), now);
const problem = (over: Partial<Receipt>, now = NOW) => {
	const r = decoded(over, now);
	return r.ok ? null : r.error.message;
};

describe('a receipt’s student name', () => {
	it('loses bidi and invisible characters', () => {
		const r = decoded({ student: 'Bob\u202E' });
		expect(r.ok && r.receipt.student).toBe('Bob');
		const alice = decoded({ student: ' Al\u200Bice \u2066Example\u2069 ' });
		expect(alice.ok && alice.receipt.student).toBe('Alice Example');
	});

	it('is refused when nothing visible is left, with a reason', () => {
		for (const student of ['\u200B', '\u202E', '\u3164', '\u2800 \u00AD']) {
			expect(problem({ student })).toMatch(/no student name/);
		}
	});
});

describe('a receipt’s numbers', () => {
	it('accept a normal receipt, finished up to a day after now (clocks differ)', () => {
		expect(problem({})).toBeNull();
		expect(problem({ startedAt: NOW + DAY - 95_000, finishedAt: NOW + DAY })).toBeNull();
	});

	it('refuse times before 2023 or more than a day after now', () => {
		const early = Date.UTC(2022, 11, 31);
		expect(problem({ startedAt: early, finishedAt: early + 95_000 })).toMatch(/dates/);
		expect(problem({ startedAt: 0, finishedAt: 95_000 })).toMatch(/dates/);
		expect(problem({ finishedAt: NOW + DAY + 1 })).toMatch(/dates/);
		expect(problem({ startedAt: 8.64e15 - 95_000, finishedAt: 8.64e15 })).toMatch(/dates/);
	});

	it('refuse a time taken below zero or longer than from start to finish', () => {
		expect(problem({ timeMs: 1e308 })).toMatch(/time taken/);
		expect(problem({ timeMs: 95_000 + 5_000 })).toBeNull();
		expect(problem({ timeMs: 95_000 + 5_001 })).toMatch(/time taken/);
		expect(problem({ timeMs: -1 })).not.toBeNull();
	});

	it('refuse more than 100 attempts, or a fraction of one', () => {
		expect(problem({ attemptsUsed: 100 })).toBeNull();
		expect(problem({ attemptsUsed: 101 })).not.toBeNull();
		expect(problem({ attemptsUsed: 9999 })).not.toBeNull();
		expect(problem({ attemptsUsed: 0 })).not.toBeNull();
	});
});
