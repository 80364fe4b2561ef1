import { describe, expect, it } from 'vitest';
import { makeAssignment, questionIds } from '$lib/teach/factories';
import { formatDue } from '$lib/teach/format';
import { attemptsText, otherFacts, showsClass } from './share-facts';

const ALL = ['class', 'questions', 'mode', 'passMark', 'attempts', 'due'] as const;
/** Each fact is kept whole by no-break spaces; read with plain ones. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

describe('the facts of an assignment, as a class reads them', () => {
	it('names the pass mark and the attempts after the questions and the mode', () => {
		const a = makeAssignment({ questionIds: questionIds(9), due: '2026-12-08' });
		expect(showsClass(a, ALL)).toBe(true);
		expect(plain(otherFacts(a, ALL, false))).toBe(
			`9 questions · Test · pass mark 60% · 2 attempts · due ${formatDue('2026-12-08')}`
		);
	});

	it('leaves out what an assignment does not have, and starts a line with a capital', () => {
		const a = makeAssignment({ className: '', due: null, mode: 'practice', passMark: 0 });
		expect(showsClass(a, ALL)).toBe(false);
		expect(otherFacts(a, ['due'], true)).toBe('');
		expect(plain(otherFacts(a, ['passMark', 'attempts'], true))).toBe('Pass mark 0% · 2 attempts');
		expect(plain(otherFacts(a, ['mode', 'questions'], true))).toBe('Practice · 5 questions');
	});

	it('says how results come back when the teacher chose a way', () => {
		expect(otherFacts(makeAssignment(), ['returns'], true)).toBe('');
		const a = makeAssignment({ returnBy: 'chat' });
		expect(plain(otherFacts(a, ['mode', 'returns'], false))).toBe(
			'Test · results pasted in the class chat'
		);
	});

	it('counts attempts, 0 being no limit', () => {
		expect(otherFacts(makeAssignment(), ['due'], true)).not.toMatch(/ /);
		expect([0, 1, 3].map(attemptsText)).toEqual(['unlimited attempts', '1 attempt', '3 attempts']);
	});
});
