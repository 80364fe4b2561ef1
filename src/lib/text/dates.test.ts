import { describe, expect, it } from 'vitest';
import { american, localDay, longDay, moment, number, shortDate, shortDay } from './dates';

describe('dates and numbers', () => {
	const afternoon = new Date(2026, 11, 3, 14, 5);
	const morning = new Date(2026, 0, 1, 0, 7);

	it('writes the month out, the day first', () => {
		expect(shortDay(afternoon, false)).toBe('Thu 3 Dec');
		expect(longDay(afternoon, false)).toBe('Thursday 3 December');
		expect(shortDate(afternoon, false)).toBe('Thu 3 Dec 2026');
		expect(moment(afternoon, false)).toBe('3 Dec 2026, 14:05');
		expect(moment(morning.getTime(), false)).toBe('1 Jan 2026, 00:07');
	});

	it('follows American English where the browser speaks it', () => {
		expect(american('en-US')).toBe(true);
		expect(american('en-GB')).toBe(false);
		expect(american('fr')).toBe(false);
		expect(shortDay(afternoon, true)).toBe('Thu, Dec 3');
		expect(longDay(afternoon, true)).toBe('Thursday, December 3');
		expect(shortDate(afternoon, true)).toBe('Thu, Dec 3, 2026');
		expect(moment(afternoon, true)).toBe('Dec 3, 2026, 2:05 PM');
		expect(moment(morning, true)).toBe('Jan 1, 2026, 12:07 AM');
	});

	it('reads a calendar day as that local day', () => {
		const day = localDay('2026-03-01');
		expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2026, 2, 1]);
	});

	it('marks thousands in counts', () => {
		expect(number(499990)).toBe('499,990');
		expect(number(1234567.5)).toBe('1,234,567.5');
		expect(number(7)).toBe('7');
		expect(number(-12000)).toBe('-12,000');
	});
});
