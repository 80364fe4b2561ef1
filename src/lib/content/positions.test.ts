import { describe, expect, it } from 'vitest';
import { compilePack } from './compile.server';
import { keyPlacement } from './positions';
import type { Pack } from './schema';

const good = compilePack('content/packs/micron-ban');

/** The pack with every right answer moved to the top of its options, as the first edition had. */
function answersFirst(): Pack {
	const pack = structuredClone(good);
	for (const q of pack.modules.flatMap((m) => m.questions)) {
		if (q.type === 'single' || q.type === 'whosaid') {
			q.options = [q.answer, ...q.options.filter((o) => o !== q.answer)];
		} else if (q.type === 'multi') {
			q.options = [...q.answers, ...q.options.filter((o) => !q.answers.includes(o))];
		}
	}
	return pack;
}

describe('where right answers sit', () => {
	it('varies in the shipped pack', () => {
		expect(keyPlacement(good)).toEqual([]);
	});

	it('is refused when the answer is mostly in one place', () => {
		const problems = keyPlacement(answersFirst());
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^the right answer is the first option in (\d+) of \1 single/);
		expect(problems[1]).toMatch(/^the right answers come first in (\d+) of \1 multiple/);
	});

	it('is refused when the answer gives itself away by its length or its count', () => {
		const pack = structuredClone(good);
		for (const q of pack.modules.flatMap((m) => m.questions)) {
			if (q.type === 'single' || q.type === 'whosaid') {
				const longer = `${q.answer}, as the article reports it in its own words`;
				q.options = q.options.map((o) => (o === q.answer ? longer : o));
				q.answer = longer;
			} else if (q.type === 'multi') {
				q.answers = q.answers.slice(0, 1);
			}
		}
		const problems = keyPlacement(pack);
		expect(problems).toContainEqual(
			expect.stringMatching(/^the right answer is the longest option in (\d+) of \1 single/)
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/^every multiple-answer question has 1 right answer: vary how many$/)
		);
	});
});
