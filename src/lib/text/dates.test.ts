import { describe, expect, it } from 'vitest';
import { formatDate, loadDateFormats, localDay, number } from './dates';

describe('dates and numbers', () => {
	it('writes a date as toLocaleDateString does with the same options', () => {
		const when = new Date(2026, 11, 2, 15, 30);
		const options = { weekday: 'short', day: 'numeric', month: 'short' } as const;
		expect(formatDate(when, options)).toBe(when.toLocaleDateString(undefined, options));
		expect(formatDate(when.getTime(), { dateStyle: 'short', timeStyle: 'short' })).toBe(
			when.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' })
		);
	});

	it('keeps one formatter per style, and styles apart', () => {
		loadDateFormats();
		const day = localDay('2026-12-02');
		const short = formatDate(day, { day: 'numeric', month: 'short' });
		const long = formatDate(day, { day: 'numeric', month: 'long', year: 'numeric' });
		expect(short).not.toBe(long);
		expect(formatDate(day, { day: 'numeric', month: 'short' })).toBe(short);
	});

	it('reads a calendar day as that local day', () => {
		const day = localDay('2026-03-01');
		expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2026, 2, 1]);
	});

	it('marks thousands in counts', () => {
		expect(number(499990)).toBe('499,990');
		expect(number(7)).toBe('7');
	});
});
