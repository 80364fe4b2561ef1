import { describe, expect, it } from 'vitest';
import { compilePack } from './compile.server';
import type { Pack, Question } from './schema';
import { formatProblem, validatePack } from './validate';

const good = compilePack('content/packs/micron-ban');

/** A copy of the real pack with one thing broken. */
function broken(edit: (pack: Pack) => void): string[] {
	const pack = structuredClone(good);
	edit(pack);
	return validatePack(pack).map(formatProblem);
}

const firstOf = <T extends Question['type']>(pack: Pack, type: T) =>
	pack.modules.flatMap((m) => m.questions).find((q) => q.type === type) as Extract<
		Question,
		{ type: T }
	>;

describe('content validation', () => {
	it('finds nothing wrong with the shipped pack', () => {
		expect(validatePack(good)).toEqual([]);
	});

	it('names the pack, the question and the reason for each problem', () => {
		const problems = broken((p) => {
			firstOf(p, 'single').evidence = 'words the article never says';
		});
		expect(problems).toEqual([
			`micron-ban › ${firstOf(good, 'single').id}: evidence not found verbatim in the article: "words the article never says"`
		]);
	});

	it('catches a question asked twice, in its own words or on the same sentence', () => {
		const problems = broken((p) => {
			const [a, b] = p.modules[0]!.questions.filter((q) => q.type === 'single');
			b!.prompt = a!.prompt;
		});
		expect(problems).toEqual([
			expect.stringMatching(/^micron-ban › the-ban\.q\d+: asks the same question as the-ban\.q\d+$/)
		]);
	});

	it('catches a sentence of the article carrying more than six questions', () => {
		const problems = broken((p) => {
			const q = p.modules[5]!.questions.find((x) => x.type === 'single')!;
			q.evidence = 'The announcement was made Sunday';
		});
		expect(problems).toEqual([
			expect.stringMatching(
				/^micron-ban › micron-ban: 7 questions rest on one sentence \(P2\.1, "The announcement was made Sunday.*over the 6 allowed: .*key-concepts\.q\d+$/
			)
		]);
	});

	it('catches a part of an answer without its quote, or with one the article does not have', () => {
		const problems = broken((p) => {
			const m = p.modules.flatMap((mod) => mod.questions).find((q) => q.type === 'matching');
			if (m?.type !== 'matching') throw new Error('no matching question');
			delete m.pairs[0]!.evidence;
			m.pairs[1]!.evidence = 'words the article never says';
		});
		expect(problems).toEqual([
			expect.stringMatching(/: no evidence for ".+": each part of the answer needs its quote$/),
			expect.stringMatching(
				/: evidence for ".+" not found verbatim in the article: "words the article never says"$/
			)
		]);
	});

	it('catches more step quotes than steps', () => {
		const problems = broken((p) => {
			const o = p.modules.flatMap((mod) => mod.questions).find((q) => q.type === 'ordering');
			if (o?.type !== 'ordering') throw new Error('no ordering question');
			o.stepEvidence = [...(o.stepEvidence ?? []), o.evidence];
		});
		expect(problems).toEqual([
			expect.stringMatching(/: 1 evidence quote more than the answer has parts$/)
		]);
	});

	it('catches a find-the-evidence answer that is not one of the sentences shown', () => {
		const problems = broken((p) => {
			p.modules[0]!.questions.push({
				id: 'the-ban.q99',
				type: 'evidence',
				objectives: ['ban.who'],
				difficulty: 2,
				prompt: 'Find the evidence.',
				explanation: 'Because.',
				evidence: 'China bans some Micron chip sales',
				statement: 'Some sales were banned.',
				stance: 'supports',
				sentences: ['China bans some Micron chip sales', 'not in the article at all'],
				answers: ['China bans some Micron chip sales', 'a sentence not shown']
			});
			p.modules[0]!.sets[0]!.questionIds.push('the-ban.q99');
		});
		expect(problems).toEqual([
			'micron-ban › the-ban.q99: sentence not found verbatim in the article: "not in the article at all"',
			'micron-ban › the-ban.q99: evidence "a sentence not shown" is not one of the sentences shown'
		]);
	});

	it('catches a duplicate id', () => {
		const problems = broken((p) => {
			p.modules[1]!.questions[0]!.id = p.modules[0]!.questions[0]!.id;
		});
		expect(problems.some((m) => m.includes('duplicate id'))).toBe(true);
	});

	it('catches a correct answer that is not an option, and duplicate options', () => {
		const problems = broken((p) => {
			const q = firstOf(p, 'single');
			q.answer = 'Nobody';
			const m = firstOf(p, 'multi');
			m.options = [m.options[0]!, m.options[0]!, ...m.options.slice(1)];
		});
		expect(problems.some((m) => m.endsWith('correct answer "Nobody" is not an option'))).toBe(true);
		expect(problems.some((m) => m.includes('duplicate option'))).toBe(true);
	});

	it('catches a missing explanation and an unknown objective tag', () => {
		const problems = broken((p) => {
			const q = p.modules[0]!.questions[0]!;
			q.explanation = ' ';
			q.objectives = ['no.such.objective'];
		});
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/missing explanation$/),
				expect.stringMatching(/unknown objective tag "no.such.objective"$/)
			])
		);
	});

	it('catches a module under its minimum and a pack under its total', () => {
		const problems = broken((p) => {
			const m = p.modules[0]!;
			const kept = new Set(m.questions.slice(0, 5).map((q) => q.id));
			m.questions = m.questions.filter((q) => kept.has(q.id));
			for (const s of m.sets) s.questionIds = s.questionIds.filter((id) => kept.has(id));
			p.finalTest.questionIds = p.finalTest.questionIds.filter(
				(id) => !id.startsWith(`${m.id}.`) || kept.has(id)
			);
		});
		expect(problems).toContain(
			'micron-ban › the-ban: module has 5 questions, under its minimum of 12'
		);
		expect(problems.some((m) => m.includes('under its minimum of 100'))).toBe(true);
	});

	it('catches a timeline out of order', () => {
		const problems = broken((p) => p.timeline.reverse());
		expect(problems.some((m) => m.includes('timeline out of order'))).toBe(true);
	});

	it('catches a lesson linking a glossary term that does not exist', () => {
		const problems = broken((p) => {
			p.modules[0]!.lessons[0]!.blocks.unshift({ kind: 'text', text: 'See [[no-such-term]].' });
		});
		expect(problems).toContain(
			'micron-ban › the-ban.l1: links unknown glossary term "no-such-term"'
		);
	});

	it("holds the shipped pack to its editorial rules, and a teacher's pack to the rest", () => {
		const small = structuredClone(good);
		const module = small.modules[0]!;
		module.lessons = module.lessons.slice(0, 1);
		module.questions = module.questions.slice(0, 2);
		const kept = new Set(module.questions.map((q) => q.id));
		module.sets = [{ ...module.sets[0]!, questionIds: [...kept] }];
		small.modules = [module];
		small.objectives = small.objectives.filter((o) => o.module === module.id);
		small.finalTest = { ...small.finalTest, questionIds: [...kept] };
		const editorial = validatePack(small).map(formatProblem);
		expect(editorial).toContain(`micron-ban › ${module.id}: module has 1 lessons, outside 2 to 4`);
		expect(editorial.some((m) => m.includes('under its minimum of 100'))).toBe(true);
		expect(validatePack(small, { editorial: false })).toEqual([]);
		module.questions[0]!.evidence = 'words the article never says';
		expect(validatePack(small, { editorial: false }).map((p) => p.reason)).toEqual([
			'evidence not found verbatim in the article: "words the article never says"'
		]);
	});
});
