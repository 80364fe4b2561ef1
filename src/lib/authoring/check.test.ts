import { describe, expect, it } from 'vitest';
import { teacherPack } from '$lib/test/teacher-pack';
import { checkPack, problemsAt } from './check';

describe("checking a teacher's pack", () => {
	it('passes a small pack that keeps every rule but the shipped pack’s minimums', () => {
		const { pack, problems } = checkPack(teacherPack());
		expect(problems).toEqual([]);
		expect(pack?.id).toBe('northport-lab');
	});

	it('puts each schema problem at its field, in plain words', () => {
		const draft = teacherPack() as unknown as Record<string, unknown> &
			ReturnType<typeof teacherPack>;
		draft.title = '   ';
		draft.source.url = 'not a link';
		draft.source.date = '30/11/2026';
		const q = draft.modules[0]!.questions[0]!;
		q.prompt = 'x'.repeat(601);
		delete (q as Partial<typeof q>).explanation;
		const { pack, problems } = checkPack(draft);
		expect(pack).toBeNull();
		expect(problemsAt(problems, 'title')).toEqual(['Write something here.']);
		expect(problemsAt(problems, 'source.url')).toEqual([
			'This is not a web address: it should start with https://.'
		]);
		expect(problemsAt(problems, 'source.date')).toEqual([
			'Write the date as YYYY-MM-DD, like 2023-05-22.'
		]);
		expect(problemsAt(problems, 'modules.0.questions.0.prompt')).toEqual([
			'Keep this to 600 characters or fewer (it has 601).'
		]);
		expect(problemsAt(problems, 'modules.0.questions.0.explanation')).toEqual(['Fill this in.']);
	});

	it('puts each content problem at the item it is about', () => {
		const draft = teacherPack();
		const [single, truefalse] = draft.modules[0]!.questions;
		if (single?.type !== 'single' || !truefalse) throw new Error('fixture');
		single.answer = 'In the new harbour warehouse';
		truefalse.evidence = 'the town lacks training courses';
		const { pack, problems } = checkPack(draft);
		expect(pack).toBeNull();
		expect(problemsAt(problems, 'modules.0.questions.0')).toEqual([
			'Correct answer "In the new harbour warehouse" is not an option'
		]);
		expect(problemsAt(problems, 'modules.0.questions.1')).toEqual([
			'Evidence not found verbatim in the article: "the town lacks training courses"'
		]);
	});

	it('refuses what is not a pack at all without throwing', () => {
		for (const input of [null, 'a string', [], 42]) {
			expect(checkPack(input)).toEqual({
				pack: null,
				problems: [{ path: '', message: 'This is not a content pack.' }]
			});
		}
	});
});
