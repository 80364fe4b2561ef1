import { describe, expect, it } from 'vitest';
import type { Pack, Question } from '$lib/content/schema';
import { answerShape, changeSummary, compareVersions, importKind, packChanges } from './changes';

const single = (id: string, over: Partial<Question> = {}): Question =>
	({
		id,
		type: 'single',
		objectives: ['o1'],
		difficulty: 1,
		prompt: `Who acted in ${id}?`,
		explanation: 'Because the article says so.',
		evidence: 'The regulator said',
		options: ['The regulator', 'Micron', 'The G7'],
		answer: 'The regulator',
		...over
	}) as Question;

const pack = (...questions: Question[]) =>
	({ modules: [{ id: 'm', questions }] }) as unknown as Pack;

describe('what a new version of a pack changes', () => {
	it('keeps a question whose explanation, hint, evidence or option order changed', () => {
		const before = single('q1');
		const after = single('q1', {
			explanation: 'Rewritten.',
			hint: 'Look at the first paragraph.',
			evidence: 'The regulator said on Sunday',
			options: ['Micron', 'The G7', 'The regulator'],
			difficulty: 2
		} as Partial<Question>);
		expect(answerShape(after)).toBe(answerShape(before));
	});

	it('counts a new prompt, option or answer as an updated question', () => {
		const before = pack(single('q1'), single('q2'), single('q3'));
		const after = pack(
			single('q1', { prompt: 'Who barred the sales?' }),
			single('q2', { options: ['The regulator', 'Micron', 'Japan'] } as Partial<Question>),
			single('q3')
		);
		expect(packChanges(before, after)).toEqual({
			updated: ['q1', 'q2'],
			added: [],
			removed: [],
			unchanged: ['q3']
		});
	});

	it('tells added and removed questions apart, and says it in a line', () => {
		const before = pack(single('q1'), single('q2'));
		const after = pack(single('q1', { answer: 'Micron' } as Partial<Question>), single('q3'));
		const changes = packChanges(before, after);
		expect(changes).toMatchObject({ updated: ['q1'], added: ['q3'], removed: ['q2'] });
		expect(changeSummary(changes)).toBe('1 question updated, 1 new, 1 removed');
		expect(changeSummary(packChanges(before, before))).toBe('No question changed');
		expect(changeSummary(packChanges(pack(single('q1')), before))).toBe('1 new question');
	});

	it('reads a short answer by the answer it shows, and matching by its pairs', () => {
		const short = {
			...single('s'),
			type: 'short',
			answers: ['Micron', 'Micron Technology']
		} as unknown as Question;
		const more = { ...short, answers: ['Micron', 'Micron Technology', 'Micron Tech'] } as Question;
		expect(answerShape(more)).toBe(answerShape(short));
		const pairs = (p: [string, string][]) =>
			({
				...single('m'),
				type: 'matching',
				pairs: p.map(([left, right]) => ({ left, right, evidence: 'x' }))
			}) as unknown as Question;
		const a = pairs([
			['China', 'ban'],
			['U.S.', 'controls']
		]);
		expect(
			answerShape(
				pairs([
					['U.S.', 'controls'],
					['China', 'ban']
				])
			)
		).toBe(answerShape(a));
		expect(
			answerShape(
				pairs([
					['China', 'controls'],
					['U.S.', 'ban']
				])
			)
		).not.toBe(answerShape(a));
	});

	it('orders versions by number, and says what an import would be', () => {
		expect(compareVersions('1.2.10', '1.2.9')).toBeGreaterThan(0);
		expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
		expect(compareVersions('1.9.9', '2.0.0')).toBeLessThan(0);
		expect(importKind(null, '1.0.0')).toBe('new');
		expect(importKind('1.0.0', '1.1.0')).toBe('newer');
		expect(importKind('1.1.0', '1.1.0')).toBe('same');
		expect(importKind('1.1.0', '1.0.3')).toBe('older');
	});
});
