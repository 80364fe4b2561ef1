import { describe, expect, it } from 'vitest';
import { comparableText, hasVisible, visibleText } from './visible';

describe('visible text from outside', () => {
	it('removes bidi controls, so a name cannot reverse the words after it', () => {
		const bidi = [
			'\u202A',
			'\u202B',
			'\u202C',
			'\u202D',
			'\u202E',
			'\u2066',
			'\u2067',
			'\u2068',
			'\u2069',
			'\u200E',
			'\u200F',
			'\u061C'
		];
		for (const c of bidi) expect(visibleText(`Bob${c}`)).toBe('Bob');
		expect(visibleText('\u202E01')).toBe('01');
	});

	it('removes invisible characters inside names', () => {
		for (const c of ['\u200B', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u007F', '\u{E0041}']) {
			expect(visibleText(`Al${c}ice`)).toBe('Alice');
		}
	});

	it('makes every run of spaces, tabs, new lines and blank letters one space', () => {
		expect(visibleText('  Zoë \t\n  O\u3164Brien\u2800 ')).toBe('Zoë O Brien');
		expect(visibleText('Ada\u00A0\u2003Lovelace')).toBe('Ada Lovelace');
	});

	it('keeps what scripts and emoji need, and markup as plain text', () => {
		expect(visibleText('👩\u200D💻 Zoë')).toBe('👩\u200D💻 Zoë');
		expect(visibleText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
		expect(visibleText('<b>Week 3</b> · Ünïcödé 🙂')).toBe('<b>Week 3</b> · Ünïcödé 🙂');
		expect(visibleText('e\u0301')).toBe('e\u0301');
		// A joiner with nothing to join is dropped.
		expect(visibleText('\u200DBob\u200C')).toBe('Bob');
	});

	it('says whether anything visible is left', () => {
		for (const blank of [
			'',
			' ',
			'\u200B',
			'\u202E\u2066',
			'\u3164\u115F\u1160\uFFA0',
			'\u2800',
			'\u0301',
			'\u00AD\uFEFF'
		]) {
			expect(hasVisible(blank), JSON.stringify(blank)).toBe(false);
			expect(hasVisible(visibleText(blank)), JSON.stringify(blank)).toBe(false);
		}
		for (const seen of ['A', '1', '-', '🙂', 'ж', '中', 'é']) expect(hasVisible(seen)).toBe(true);
	});

	it('compares look-alike names as one', () => {
		expect(comparableText('Al\u200Dice')).toBe(comparableText('Alice'));
		expect(comparableText('Al\u200Bice  Example')).toBe('Alice Example');
	});
});
