import { describe, expect, it } from 'vitest';
import { lazyPattern } from './pattern';

describe('lazyPattern', () => {
	it('is the regular expression of its source, made once', () => {
		const letters = lazyPattern(String.raw`\p{L}+`, 'gu');
		expect(letters()).toBe(letters());
		expect('Café 42 über'.match(letters())).toEqual(['Café', 'über']);
	});

	it('reports a wrong source when first used, not before', () => {
		const wrong = lazyPattern('(', 'u');
		expect(() => wrong()).toThrow(SyntaxError);
	});
});
