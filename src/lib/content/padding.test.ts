import { describe, expect, it } from 'vitest';
import { compilePack } from './compile.server';
import { overloadedSentences, repeatedQuestions } from './padding';
import type { Pack, Question } from './schema';

const good = compilePack('content/packs/micron-ban');

function edited(edit: (questions: Question[], pack: Pack) => void): Pack {
	const pack = structuredClone(good);
	edit(
		pack.modules.flatMap((m) => m.questions),
		pack
	);
	return pack;
}
const ofType = <T extends Question['type']>(questions: Question[], type: T) =>
	questions.filter((q) => q.type === type) as Extract<Question, { type: T }>[];

describe('padding', () => {
	it('finds no question asked twice in the shipped pack', () => {
		expect(repeatedQuestions(good)).toEqual([]);
	});

	it('finds the same prompt, whatever its case and spacing', () => {
		const [a, b] = ofType(
			edited(() => {}).modules.flatMap((m) => m.questions),
			'single'
		);
		const pack = edited((qs) => {
			const [x, y] = ofType(qs, 'single');
			y!.prompt = `  ${x!.prompt.toUpperCase()} `;
		});
		expect(repeatedQuestions(pack)).toEqual([
			{ ids: [a!.id, b!.id], reason: 'asks the same question' }
		]);
	});

	it('finds "who said this?" asked twice of one quote, and tells apart different quotes', () => {
		const pack = edited((qs) => {
			const [x, y] = ofType(qs, 'whosaid');
			y!.quote = x!.quote;
		});
		expect(repeatedQuestions(pack).map((p) => p.reason)).toContain('asks the same question');
		expect(repeatedQuestions(good)).toEqual([]);
	});

	it('finds the same answer on the same sentence, asked in other words', () => {
		const pack = edited((qs, p) => {
			const [x] = ofType(qs, 'single');
			const twin = { ...structuredClone(x!), id: 'twin.q1', prompt: 'Asked another way?' };
			p.modules[0]!.questions.push(twin);
		});
		expect(repeatedQuestions(pack)).toEqual([
			{
				ids: [ofType(good.modules[0]!.questions, 'single')[0]!.id, 'twin.q1'],
				reason: 'gives the same answer on the same sentence of the article'
			}
		]);
	});

	it('does not count two different true/false statements on one sentence as one', () => {
		const pack = edited((qs) => {
			const [x, y] = ofType(qs, 'truefalse');
			y!.evidence = x!.evidence;
			y!.answer = x!.answer;
		});
		expect(repeatedQuestions(pack)).toEqual([]);
	});

	it('finds a sentence that carries more questions than allowed', () => {
		const sentence = good.source.paragraphs[16]!;
		const pack = edited((qs) => {
			for (const q of qs.filter((q) => q.type === 'short').slice(0, 7)) q.evidence = sentence;
		});
		const over = overloadedSentences(pack).find((p) => p.reason.includes('(P17.1,'));
		expect(over?.ids.length).toBeGreaterThan(6);
		expect(overloadedSentences(pack, 100)).toEqual([]);
	});
});
