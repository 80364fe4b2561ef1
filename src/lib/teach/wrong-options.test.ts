import { describe, expect, it } from 'vitest';
import { compilePack } from '$lib/content/compile.server';
import { describeAnswer } from '$lib/quiz/answer';
import { makeReceipt, questionIds } from './factories';
import { questionStats } from './gradebook';
import { chosenOptions, optionKeys, wrongOptionCounts } from './wrong-options';

const key = {
	options: ['Japan', 'the Netherlands; with the U.S.', 'Korea', 'the G7'],
	answers: ['Japan', 'the G7']
};

describe('the wrong options of a multiple-select question', () => {
	it('reads the options an answer names, even one holding the separator', () => {
		expect(chosenOptions('Japan; the Netherlands; with the U.S.; the G7', key.options)).toEqual([
			'Japan',
			'the Netherlands; with the U.S.',
			'the G7'
		]);
		expect(chosenOptions('Korea', key.options)).toEqual(['Korea']);
		// A cut-short answer gives what can be read.
		expect(chosenOptions('Japan; Kor…', key.options)).toEqual(['Japan']);
	});

	it('counts each wrong option ticked, never a right one', () => {
		const counts = wrongOptionCounts(['Japan; Korea', 'Korea; the G7', 'Japan'], key);
		expect([...counts]).toEqual([['Korea', 2]]);
	});

	it('names the wrong option most ticked in the class figures, not the whole answer', () => {
		const [id] = questionIds(1) as [string];
		const receipts = ['Japan; Korea', 'Korea; the G7', 'Japan; the Netherlands; with the U.S.'].map(
			(answer, i) => makeReceipt([0.5], { student: `S${i}` }, [answer])
		);
		const [stat] = questionStats([id], receipts, undefined, { [id]: key });
		expect(stat?.commonWrong).toEqual({ answer: 'Korea', count: 2, option: true });
		// Without the key, the whole answer is named, as for other questions.
		expect(questionStats([id], receipts)[0]?.commonWrong?.answer).toBe('Japan; Korea');
	});

	it('keys every multiple-select question of the pack, read back from its answers', () => {
		const pack = compilePack('content/packs/micron-ban');
		const keys = optionKeys(pack);
		const multi = pack.modules.flatMap((m) => m.questions).filter((q) => q.type === 'multi');
		expect(Object.keys(keys)).toHaveLength(multi.length);
		for (const q of multi) {
			const all = describeAnswer(q, { type: 'multi', choices: [...q.options] });
			expect(chosenOptions(all, q.options)).toEqual(q.options);
		}
	});
});
