import { describe, expect, it } from 'vitest';
import { checkDraft, draftField, placeOf, problemsWithin } from './draft-check';
import { newDraft, newQuestion } from './draft';
import { teacherDraft } from '$lib/test/teacher-draft';

const at = (problems: { path: string; message: string }[], path: string) =>
	problems.filter((p) => p.path === path).map((p) => p.message);

describe('checking a draft', () => {
	it('finds nothing wrong in a finished one', () => {
		expect(checkDraft(teacherDraft())).toEqual([]);
	});

	it('puts each problem of a new draft at the field the teacher fills in', () => {
		const problems = checkDraft(newDraft());
		expect(at(problems, 'title')).toEqual(['Write something here.']);
		expect(at(problems, 'source.text')).toEqual(["Paste the article's text."]);
		expect(at(problems, 'source.date')).toContain('Write the date as YYYY-MM-DD, like 2023-05-22.');
		expect(at(problems, 'modules.0.objectives.0.label')).toEqual(['Write something here.']);
		expect(at(problems, 'modules.0.lessons.0.text')).toEqual(['Write the lesson.']);
		expect(at(problems, 'modules.0.lessons.0.quotes')[0]).toMatch(/at least one quote/);
		expect(at(problems, 'modules.0.questions')).toEqual(['Add at least one question.']);
		// The final test's own "no questions" is the module's, said once.
		expect(at(problems, 'modules')).toEqual([]);
	});

	it('asks for a lesson where a module has none', () => {
		const draft = teacherDraft();
		draft.modules[0]!.lessons = [];
		expect(at(checkDraft(draft), 'modules.0.lessons')).toEqual(['Add at least one lesson.']);
	});

	it('finds a quote that is not in the article, at the quote', () => {
		const draft = teacherDraft();
		const lesson = draft.modules[0]!.lessons[0]!;
		lesson.points = ['One point'];
		lesson.quotes.push({ quote: '', speaker: 'The mayor' });
		const problems = checkDraft(draft);
		expect(at(problems, 'modules.0.lessons.0.quotes.1.quote')).toEqual(['Write something here.']);
		expect(problemsWithin(problems, 'modules.0.lessons.0')).toHaveLength(1);
	});

	it('finds what is wrong inside a question, at its field', () => {
		const draft = teacherDraft();
		const module = draft.modules[0]!;
		module.questions.push(newQuestion(draft, module, 'short'));
		const problems = checkDraft(draft);
		expect(at(problems, 'modules.0.questions.1.prompt')).toEqual(['Write something here.']);
		expect(at(problems, 'modules.0.questions.1.answers.0')).toEqual(['Write something here.']);
		expect(problemsWithin(problems, 'modules.0.questions.0')).toEqual([]);
	});

	it('maps objectives of a later module to their own field', () => {
		const draft = teacherDraft();
		draft.modules.push({ ...structuredClone(draft.modules[0]!), id: 'x.m9' });
		draft.modules[1]!.objectives = [
			{ id: 'x.o1', label: 'A' },
			{ id: 'x.o2', label: 'B' }
		];
		expect(draftField(draft, 'objectives.2.label')).toBe('modules.1.objectives.1.label');
		expect(draftField(draft, 'objectives.0')).toBe('modules.0.objectives.0');
	});
});

describe('where a field is', () => {
	it('names it in words, down to the field', () => {
		const draft = teacherDraft();
		expect(placeOf(draft, 'source.text')).toBe('Article › Text');
		expect(placeOf(draft, 'title')).toBe('About the pack › Title');
		expect(placeOf(draft, 'modules.0.lessons.0.quotes.1.quote')).toBe(
			'Module 1 › Lesson 1 › Quote 2'
		);
		expect(placeOf(draft, 'modules.0.lessons.0.quotes')).toBe('Module 1 › Lesson 1 › Quotes');
		expect(placeOf(draft, 'modules.0.questions.0.answer')).toBe(
			'Module 1 › Question 1 (Multiple choice) › Right answer'
		);
		expect(placeOf(draft, 'modules.0.questions.0.options.1')).toBe(
			'Module 1 › Question 1 (Multiple choice) › Option 2'
		);
		expect(placeOf(draft, 'modules.0.questions.0.pairs.0.left')).toBe(
			'Module 1 › Question 1 (Multiple choice) › Pair 1 › left'
		);
		expect(placeOf(draft, 'modules.0.objectives.0.label')).toBe('Module 1 › Objective 1');
		expect(placeOf(draft, 'modules.0.questions')).toBe('Module 1 › Questions');
		expect(placeOf(draft, 'modules')).toBe('Modules');
		expect(placeOf(draft, 'glossary.1.term')).toBe('Glossary › Term 2 › Term');
		expect(placeOf(draft, 'glossary.0.definition')).toBe('Glossary › Term 1 › Definition');
	});
});
