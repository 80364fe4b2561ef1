import { describe, expect, it } from 'vitest';
import { normalizeShortAnswer as norm } from './normalize';

describe('normalizeShortAnswer', () => {
	it('ignores case and surrounding or repeated whitespace', () => {
		expect(norm('  Micron\tTechnology \n')).toBe('micron technology');
		expect(norm('MICRON')).toBe(norm('micron'));
	});

	it('removes accents', () => {
		expect(norm('Café Zürich')).toBe('cafe zurich');
		expect(norm('São Paulo')).toBe(norm('Sao Paulo'));
		expect(norm('İstanbul')).toBe('istanbul');
	});

	it('drops straight and curly quotes and backticks without splitting words', () => {
		expect(norm('Taiwan’s')).toBe('taiwans');
		expect(norm("Taiwan's")).toBe('taiwans');
		expect(norm('“Made in China 2025”')).toBe('made in china 2025');
		expect(norm('`chips`')).toBe('chips');
		expect(norm('‘quoted’')).toBe('quoted');
	});

	it('turns other punctuation, hyphens and dashes into spaces', () => {
		expect(norm('chips, act!')).toBe('chips act');
		expect(norm('cyber-security')).toBe('cyber security');
		expect(norm('Beijing—Washington')).toBe('beijing washington');
		expect(norm('2023–2024')).toBe('2023 2024');
		expect(norm('(Micron)')).toBe('micron');
	});

	it('keeps letters and digits of any script', () => {
		expect(norm('中国 商务部')).toBe('中国 商务部');
		expect(norm('Россия!')).toBe('россия');
		expect(norm('हिन्दी')).toBe('हिन्दी');
		expect(norm('ｍｉｃｒｏｎ１')).toBe('micron1');
	});

	it('drops a leading article', () => {
		expect(norm('The Netherlands')).toBe('netherlands');
		expect(norm('the netherlands')).toBe(norm('Netherlands'));
		expect(norm('A memory chip')).toBe('memory chip');
		expect(norm('An export ban')).toBe('export ban');
		// Only at the start, and only as a whole word.
		expect(norm('Theory of the firm')).toBe('theory of the firm');
		expect(norm('Anhui')).toBe('anhui');
	});

	it('keeps a lone word that looks like an article', () => {
		expect(norm('A')).toBe('a');
		expect(norm('The')).toBe('the');
	});

	it('treats U.S. and US alike', () => {
		expect(norm('U.S.')).toBe('us');
		expect(norm('US')).toBe('us');
		expect(norm('the U.S.')).toBe('us');
		expect(norm('U.S')).toBe('us');
		expect(norm('U.S.-led')).toBe('us led');
		expect(norm('U.S.A.')).toBe(norm('USA'));
	});

	it('gives an empty string for blank or punctuation-only text', () => {
		expect(norm('')).toBe('');
		expect(norm('   ')).toBe('');
		expect(norm('?!…')).toBe('');
	});
});
