import { describe, expect, it } from 'vitest';
import { formatTaken } from './format';

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
