import { describe, expect, it } from 'vitest';
import { themeOf } from './theme';

describe('a stored theme choice', () => {
	it('is kept when it is one the app offers, and follows the system otherwise', () => {
		expect(themeOf('dark')).toBe('dark');
		expect(themeOf('light')).toBe('light');
		for (const stored of [undefined, null, 'sepia', 1, { theme: 'dark' }]) {
			expect(themeOf(stored)).toBe('system');
		}
	});
});
