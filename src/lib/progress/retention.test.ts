import { describe, expect, it } from 'vitest';
import { clampRetention, DEFAULT_RETENTION, MAX_RETENTION, MIN_RETENTION } from './retention';

describe('clampRetention', () => {
	it('falls back to the default for anything but a finite number', () => {
		for (const x of [undefined, null, '0.8', NaN, Infinity, {}]) {
			expect(clampRetention(x)).toBe(DEFAULT_RETENTION);
		}
	});

	it('clamps into the allowed range', () => {
		expect(clampRetention(0.5)).toBe(MIN_RETENTION);
		expect(clampRetention(0.99)).toBe(MAX_RETENTION);
		expect(clampRetention(0.85)).toBe(0.85);
	});
});
