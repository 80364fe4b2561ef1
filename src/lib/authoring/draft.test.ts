import { describe, expect, it } from 'vitest';
import { checkPack } from './check';
import {
	QUESTION_TYPES,
	buildPack,
	newDraft,
	newQuestion,
	nextVersion,
	linkTerms,
	paragraphsOf
} from './draft';
import { teacherDraft } from '$lib/test/teacher-draft';

describe('a draft', () => {
	it('starts with one module, its objective and a lesson, ids of its own', () => {
		const a = newDraft();
		const b = newDraft();
		expect(a.id).not.toBe(b.id);
		expect(a.id).toMatch(/^t[a-z0-9]{6}$/);
		const m = a.modules[0]!;
		expect([m.id, m.objectives[0]!.id, m.lessons[0]!.id]).toEqual([
			`${a.id}.m1`,
			`${a.id}.o2`,
			`${a.id}.l3`
		]);
	});

	it('makes a new question of every type, tagged with the module objective', () => {
		const draft = newDraft();
		const module = draft.modules[0]!;
		for (const { type } of QUESTION_TYPES) {
			const q = newQuestion(draft, module, type);
			expect(q.type).toBe(type);
			expect(q.objectives).toEqual([module.objectives[0]!.id]);
		}
		expect(draft.next).toBe(3 + QUESTION_TYPES.length);
	});

	it('reads the pasted article a paragraph a line, blank lines dropped', () => {
		expect(paragraphsOf('One.\r\n\n  Two   words. \n\n\nThree.')).toEqual([
			'One.',
			'Two words.',
			'Three.'
		]);
	});

	it('builds a pack that passes the same check as any pack', () => {
		const pack = buildPack(teacherDraft(), '1.2.0');
		expect(checkPack(pack).problems).toEqual([]);
		expect(pack.version).toBe('1.2.0');
		expect(pack.source.dateLabel).toBe('30 November 2026');
		expect(pack.source.url).toBeUndefined();
		expect(pack.modules[0]!.sets[0]!.questionIds).toEqual(pack.finalTest.questionIds);
		expect(pack.modules[0]!.lessons[0]!.blocks.map((b) => b.kind)).toEqual(['text', 'quote']);
		expect(pack.modules[0]!.lessons[0]!.evidence).toEqual(['a chip testing lab will open']);
	});

	it('leaves out an empty hint, and keeps the evidence each part needs', () => {
		const draft = teacherDraft();
		const module = draft.modules[0]!;
		module.questions.push(newQuestion(draft, module, 'matching'));
		const [, built] = buildPack(draft).modules[0]!.questions;
		expect(built).not.toHaveProperty('hint');
		expect(built?.type === 'matching' && built.pairs[0]).toEqual({
			left: '',
			right: '',
			evidence: ''
		});
	});
});

describe('glossary links', () => {
	const glossary = [{ id: 't1.g4', term: 'Testing lab', definition: 'A place.', evidence: '' }];

	it('link a term written in double brackets, whatever its case and spacing', () => {
		expect(linkTerms('A [[testing  lab]] and [[Testing lab|labs]].', glossary)).toBe(
			'A [[t1.g4|testing  lab]] and [[t1.g4|labs]].'
		);
	});

	it('leave a link to no term of the glossary for the check to name', () => {
		const draft = teacherDraft();
		draft.glossary = glossary;
		draft.modules[0]!.lessons[0]!.text = 'A [[testing lab]], not a [[factory]].';
		const problems = checkPack(buildPack(draft)).problems;
		expect(problems).toEqual([
			{ path: 'modules.0.lessons.0', message: 'Links unknown glossary term "factory"' }
		]);
		draft.modules[0]!.lessons[0]!.text = 'A [[testing lab]].';
		const pack = buildPack(draft);
		expect(checkPack(pack).problems).toEqual([]);
		expect(pack.glossary).toEqual([{ id: 't1.g4', term: 'Testing lab', definition: 'A place.' }]);
	});
});

describe('the next version', () => {
	it('is 1.0.0 first, then a minor step past the newest known', () => {
		expect(nextVersion(null, null)).toBe('1.0.0');
		expect(nextVersion('1.0.0', null)).toBe('1.1.0');
		expect(nextVersion('1.1.0', '1.4.0')).toBe('1.5.0');
		expect(nextVersion('2.0.0', '1.9.0')).toBe('2.1.0');
	});
});
