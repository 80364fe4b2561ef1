import { describe, expect, it } from 'vitest';
import { ariaState, hiddenWhen, numberText } from './aria';

describe('ariaState', () => {
	it('is the text a screen reader reads from the attribute', () => {
		expect(ariaState(true)).toBe('true');
		expect(ariaState(false)).toBe('false');
	});
});

describe('hiddenWhen', () => {
	it('is the empty attribute when hidden, and no attribute when shown', () => {
		expect(hiddenWhen(true)).toBe('');
		expect(hiddenWhen(false)).toBeNull();
	});
});

describe('numberText', () => {
	it("is the number as the attribute's text, and nothing for no number", () => {
		expect(numberText(40)).toBe('40');
		expect(numberText(0)).toBe('0');
		expect(numberText(undefined)).toBeUndefined();
	});
});
