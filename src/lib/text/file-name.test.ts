import { describe, expect, it } from 'vitest';
import { filePart } from './file-name';

describe('a piece of a file name', () => {
	it('keeps letters and digits of any script, with single dashes between words', () => {
		expect(filePart('  Zoë  O’Brien / 10B ', 'student')).toBe('Zoë-O-Brien-10B');
		expect(filePart('Micron ban: week 3', 'x')).toBe('Micron-ban-week-3');
		expect(filePart('学生 名前', 'x')).toBe('学生-名前');
	});

	it('takes nothing that could climb folders or hide an extension', () => {
		expect(filePart('../../etc/passwd', 'x')).toBe('etc-passwd');
		expect(filePart('report.exe\u202Etxt', 'x')).toBe('report-exe-txt');
	});

	it('is cut to its length without a trailing dash, and falls back when nothing is left', () => {
		expect(filePart('a'.repeat(39) + ' b', 'x')).toBe('a'.repeat(39));
		expect(filePart('é'.repeat(70), 'x', 60)).toHaveLength(60);
		expect(filePart('!!! ???', 'student')).toBe('student');
	});
});
