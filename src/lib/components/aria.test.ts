import { describe, expect, it } from 'vitest';
import { ariaState } from './aria';

describe('ariaState', () => {
	it('is the text a screen reader reads from the attribute', () => {
		expect(ariaState(true)).toBe('true');
		expect(ariaState(false)).toBe('false');
	});
});
