import { describe, expect, it } from 'vitest';
import { MAX_STUDENT_CHARS } from '$lib/teach/receipt';
import { cleanName, MAX_NAME } from './name';

describe('learner names', () => {
	it('are tidied: spaces collapsed, invisible and bidi characters removed', () => {
		expect(cleanName('  Zoë   O’Brien ')).toBe('Zoë O’Brien');
		expect(cleanName('Al\u200Bice\u202E')).toBe('Alice');
		expect(cleanName('x'.repeat(80))).toHaveLength(MAX_NAME);
	});

	it('are refused when nothing visible is left', () => {
		for (const name of ['', '   ', '\u200B', '\u202E\u2066', '\u3164', '\u2800']) {
			expect(cleanName(name), JSON.stringify(name)).toBeNull();
		}
	});

	it('are never cut inside an emoji', () => {
		const name = `${'a'.repeat(MAX_NAME - 1)}🙂🙂`;
		expect(cleanName(name)).toBe(`${'a'.repeat(MAX_NAME - 1)}🙂`);
	});

	it('fit on a receipt whole, so a teacher sees the name the learner typed', () => {
		expect(MAX_NAME).toBeLessThanOrEqual(MAX_STUDENT_CHARS);
	});
});
