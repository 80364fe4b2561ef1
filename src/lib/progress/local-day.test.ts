import { describe, expect, it } from 'vitest';
import { endOfLocalDay, localDayKey } from './local-day';
import { at } from './test-factories';

describe('localDayKey', () => {
	it('names the local calendar day', () => {
		expect(localDayKey(at(2025, 3, 5, 0, 0))).toBe('2025-03-05');
		expect(localDayKey(at(2025, 3, 5, 24, 0) - 1)).toBe('2025-03-05');
		expect(localDayKey(at(2025, 3, 5, 24, 0))).toBe('2025-03-06');
		expect(localDayKey(at(2024, 12, 31, 23, 30))).toBe('2024-12-31');
	});
});

describe('endOfLocalDay', () => {
	it('ends the local day at its last millisecond, daylight saving included', () => {
		expect(endOfLocalDay(at(2025, 3, 10, 18))).toBe(at(2025, 3, 11, 0) - 1);
		expect(endOfLocalDay(at(2025, 3, 10, 0))).toBe(at(2025, 3, 11, 0) - 1);
		expect(endOfLocalDay(at(2025, 3, 11, 0) - 1)).toBe(at(2025, 3, 11, 0) - 1);
		expect(endOfLocalDay(at(2025, 3, 30, 12))).toBe(at(2025, 3, 31, 0) - 1);
		expect(endOfLocalDay(at(2025, 10, 26, 1))).toBe(at(2025, 10, 27, 0) - 1);
	});
});
