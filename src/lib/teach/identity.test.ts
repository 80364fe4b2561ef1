import { describe, expect, it } from 'vitest';
import { makeReceipt } from './factories';
import { isLate, receiptKey, studentKey } from './identity';

describe('receipt identity', () => {
	it('gives one key to one receipt however the name is typed', () => {
		const a = makeReceipt(undefined, { student: "  Zoë   O'Brien " });
		const b = makeReceipt(undefined, { student: "zoë o'brien" });
		expect(receiptKey(a)).toBe(receiptKey(b));
		expect(receiptKey(a)).not.toBe(receiptKey({ ...b, finishedAt: b.finishedAt + 1 }));
		expect(receiptKey(a)).not.toBe(receiptKey({ ...b, assignmentId: 'other-assignment' }));
	});

	it('gives one key to names that differ only in invisible characters', () => {
		expect(studentKey('Al\u200Bice Example')).toBe(studentKey('Alice Example'));
		expect(studentKey('Bob\u202E')).toBe(studentKey('bob'));
		expect(studentKey('Al\u200Dice')).toBe(studentKey('Alice'));
	});
});

describe('late work', () => {
	it('is work finished after the end of the due date, local time', () => {
		const due = { due: '2025-03-14' };
		expect(isLate(due, new Date(2025, 2, 14, 23, 59, 59).getTime())).toBe(false);
		expect(isLate(due, new Date(2025, 2, 15, 0, 0, 0).getTime())).toBe(true);
		expect(isLate({ due: '2025-12-31' }, new Date(2026, 0, 1, 8).getTime())).toBe(true);
		expect(isLate({ due: null }, new Date(2099, 0, 1).getTime())).toBe(false);
	});
});
