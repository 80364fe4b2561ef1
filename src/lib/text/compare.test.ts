import { describe, expect, it } from 'vitest';
import { compareText, foldText } from './compare';

describe('comparing names', () => {
	it('sets accents, case and spacing aside', () => {
		expect(foldText('  Élodie   MARTIN ')).toBe('elodie martin');
		expect(foldText('Zoë')).toBe('zoe');
	});

	it('sorts as a reader expects: accents beside their letters, numbers by value', () => {
		const names = ['zoe', 'Student 10', 'Émile', 'emma', 'Student 2', 'Ana', 'ÁLVARO'];
		expect([...names].sort(compareText)).toEqual([
			'ÁLVARO',
			'Ana',
			'Émile',
			'emma',
			'Student 2',
			'Student 10',
			'zoe'
		]);
	});

	it('keeps a fixed order for names that differ only in case or accents', () => {
		expect(compareText('Lea', 'Léa')).toBeLessThan(0);
		expect(compareText('Léa', 'Lea')).toBeGreaterThan(0);
		expect(compareText('Lea', 'Lea')).toBe(0);
		expect(compareText('Ann', 'Anna')).toBeLessThan(0);
	});
});
