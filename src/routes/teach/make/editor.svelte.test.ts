import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackDraft } from '$lib/authoring/draft';
import { teacherDraft } from '$lib/test/teacher-draft';
import { DraftEditor, type DraftStore } from './editor.svelte';

function setup(save: DraftStore['save'] = async () => {}) {
	const saved: PackDraft[] = [];
	const store: DraftStore = {
		save: vi.fn(async (d: PackDraft) => {
			await save(d);
			saved.push(d);
		}),
		publish: vi.fn(async () => ({ ok: true as const, version: '1.0.0' }))
	};
	return { editor: new DraftEditor(teacherDraft(), store), store, saved };
}

describe('the draft editor', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('saves once typing pauses, a plain copy of the draft', async () => {
		const { editor, saved } = setup();
		editor.draft.title = 'A';
		editor.changed();
		editor.draft.title = 'AB';
		editor.changed();
		expect(editor.saveState).toBe('waiting');
		await vi.advanceTimersByTimeAsync(500);
		expect(saved.map((d) => d.title)).toEqual(['AB']);
		expect(editor.saveState).toBe('saved');
		saved[0]!.title = 'changed after';
		expect(editor.draft.title).toBe('AB');
	});

	it('says when the draft could not be saved, and tries again on the next change', async () => {
		let refuse = true;
		const { editor, saved } = setup(async () => {
			if (refuse) throw new Error('QuotaExceededError');
		});
		editor.changed();
		await editor.flush();
		expect(editor.saveState).toBe('failed');
		refuse = false;
		await editor.flush();
		expect(editor.saveState).toBe('saved');
		expect(saved).toHaveLength(1);
	});

	it('shows a field its problems once it was left, or all of them once publishing is tried', async () => {
		const { editor } = setup();
		editor.draft.title = '';
		expect(editor.problemsAt('title')).toEqual(['Write something here.']);
		expect(editor.shownProblems('title')).toEqual([]);
		editor.touch('title');
		expect(editor.shownProblems('title')).toEqual(['Write something here.']);
		editor.draft.summary = '';
		await editor.publish();
		expect(editor.shownProblems('summary')).toEqual(['Write something here.']);
	});

	it('puts back a removed question, lesson or module where it was', () => {
		const { editor } = setup();
		editor.addQuestion(0, 'truefalse');
		const ids = editor.draft.modules[0]!.questions.map((q) => q.id);
		editor.removeQuestion(0, 0);
		expect(editor.removed?.label).toBe('Question 1 (Multiple choice) removed.');
		expect(editor.draft.modules[0]!.questions).toHaveLength(1);
		editor.removed?.undo();
		expect(editor.draft.modules[0]!.questions.map((q) => q.id)).toEqual(ids);
		expect(editor.removed).toBeNull();

		editor.removeLesson(0, 0);
		expect(editor.removed?.label).toBe('Lesson 1 “What was announced” removed.');
		editor.removed?.undo();
		expect(editor.draft.modules[0]!.lessons[0]!.title).toBe('What was announced');
	});

	it('adds a glossary term, and puts back a removed one', () => {
		const { editor } = setup();
		editor.addTerm();
		editor.draft.glossary![0]!.term = 'Testing lab';
		editor.removeTerm(0);
		expect(editor.draft.glossary).toEqual([]);
		expect(editor.removed?.label).toBe('Term 1 “Testing lab” removed.');
		editor.removed?.undo();
		expect(editor.draft.glossary?.map((g) => g.term)).toEqual(['Testing lab']);
	});

	it('removes an objective from the questions tagged with it, and undo tags them again', () => {
		const { editor } = setup();
		const module = editor.draft.modules[0]!;
		const id = module.objectives[0]!.id;
		editor.removeObjective(0, 0);
		expect(module.questions[0]!.objectives).toEqual([]);
		editor.removed?.undo();
		expect(module.objectives.map((o) => o.id)).toEqual([id]);
		expect(module.questions[0]!.objectives).toEqual([id]);
	});

	it('publishes what is saved, and keeps the version it published', async () => {
		const { editor, store } = setup();
		editor.draft.title = 'Changed';
		editor.changed();
		const result = await editor.publish();
		expect(result).toEqual({ ok: true, version: '1.0.0' });
		expect(store.save).toHaveBeenCalledBefore(store.publish as never);
		expect(editor.draft.published).toBe('1.0.0');
	});

	it('reads the article as the quotes are checked against it', () => {
		const { editor } = setup();
		expect(editor.source[0]).toBe('Harbour town opens a chip testing lab');
		expect(editor.source).toHaveLength(4);
		expect(editor.sourceText.split('\n\n')).toEqual(editor.source);
	});
});
