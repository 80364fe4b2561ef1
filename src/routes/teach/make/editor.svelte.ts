// The editor's state: the draft being written, its problems as it is typed, saving it on the
// device a moment after each change, taking back a removal, and publishing it.
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { FieldProblem } from '$lib/authoring/check';
import {
	newLesson,
	newModule,
	newQuestion,
	nextId,
	paragraphsOf,
	typeLabel,
	type PackDraft
} from '$lib/authoring/draft';
import { checkDraft } from '$lib/authoring/draft-check';
import type { QuestionType } from '$lib/content/schema';

export type PublishResult =
	{ ok: true; version: string } | { ok: false; message: string; problems?: FieldProblem[] };

/** Where drafts are kept and published (IndexedDB in the app, memory in tests). */
export interface DraftStore {
	save(draft: PackDraft): Promise<void>;
	publish(draft: PackDraft): Promise<PublishResult>;
}

export type SaveState = 'saved' | 'waiting' | 'saving' | 'failed';

const SAVE_DELAY = 400;

/** An id for the field at a draft path, so a problem can link to it. */
export const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

export class DraftEditor {
	draft: PackDraft = $state() as PackDraft;
	saveState = $state<SaveState>('saved');
	/** What was just removed, while it can still be put back. */
	removed = $state<{ label: string; undo: () => void } | null>(null);
	published = $state<PublishResult | null>(null);
	publishing = $state(false);
	readonly problems: FieldProblem[] = $derived(checkDraft(this.draft));
	/** The article as the quotes are checked against: headline, then each paragraph. */
	readonly source: string[] = $derived(
		[this.draft.source.headline.trim(), ...paragraphsOf(this.draft.source.text)].filter(Boolean)
	);
	readonly sourceText: string = $derived(this.source.join('\n\n'));

	#store: DraftStore;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#dirty = false;
	#saving: Promise<void> = Promise.resolve();

	constructor(draft: PackDraft, store: DraftStore) {
		this.draft = draft;
		this.#store = store;
	}

	/**
	 * Problems show at a field once it was left filled in, or everywhere once publishing was
	 * tried: an empty box is not an error while the teacher is still on their way through, and
	 * a message appearing as they click on the next control would move it from under them.
	 */
	showAll = $state(false);
	#touched = new SvelteSet<string>();

	problemsAt(path: string): string[] {
		return this.problems.filter((p) => p.path === path).map((p) => p.message);
	}
	/** The problems to show at a field now. */
	shownProblems(path: string): string[] {
		return this.showAll || this.#touched.has(path) ? this.problemsAt(path) : [];
	}
	/** The teacher left this field. */
	touch(path: string): void {
		this.#touched.add(path);
	}

	/** Called on every change: the draft is saved once typing pauses. */
	changed(): void {
		this.#dirty = true;
		this.saveState = 'waiting';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY);
	}

	/** Saves now what is not saved yet (on leaving the page, and before publishing). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#saving = this.#saving.then(async () => {
			if (!this.#dirty) return;
			this.#dirty = false;
			this.saveState = 'saving';
			try {
				await this.#store.save($state.snapshot(this.draft) as PackDraft);
				if (!this.#dirty) this.saveState = 'saved';
			} catch {
				this.#dirty = true;
				this.saveState = 'failed';
			}
		});
		return this.#saving;
	}

	addModule(): void {
		this.draft.modules.push(newModule(this.draft));
	}
	addLesson(m: number): void {
		this.draft.modules[m]?.lessons.push(newLesson(this.draft));
	}
	addObjective(m: number): void {
		this.draft.modules[m]?.objectives.push({ id: nextId(this.draft, 'o'), label: '' });
	}
	addQuestion(m: number, type: QuestionType): void {
		const module = this.draft.modules[m];
		if (module) module.questions.push(newQuestion(this.draft, module, type));
	}

	#take<T>(label: string, list: T[], index: number, after?: () => () => void): void {
		const item = $state.snapshot(list[index]) as T;
		if (item === undefined) return;
		list.splice(index, 1);
		const restoreMore = after?.();
		this.removed = {
			label,
			undo: () => {
				list.splice(Math.min(index, list.length), 0, item);
				restoreMore?.();
				this.removed = null;
			}
		};
	}

	addTerm(): void {
		(this.draft.glossary ??= []).push({
			id: nextId(this.draft, 'g'),
			term: '',
			definition: '',
			evidence: ''
		});
	}
	removeTerm(t: number): void {
		const term = this.draft.glossary?.[t]?.term;
		if (this.draft.glossary)
			this.#take(`Term ${t + 1}${term ? ` “${term}”` : ''} removed.`, this.draft.glossary, t);
	}

	removeModule(m: number): void {
		const title = this.draft.modules[m]?.title;
		this.#take(`Module ${m + 1}${title ? ` “${title}”` : ''} removed.`, this.draft.modules, m);
	}
	removeLesson(m: number, l: number): void {
		const module = this.draft.modules[m];
		const title = module?.lessons[l]?.title;
		if (module)
			this.#take(`Lesson ${l + 1}${title ? ` “${title}”` : ''} removed.`, module.lessons, l);
	}
	removeQuestion(m: number, q: number): void {
		const module = this.draft.modules[m];
		const question = module?.questions[q];
		if (module && question)
			this.#take(`Question ${q + 1} (${typeLabel(question.type)}) removed.`, module.questions, q);
	}
	/** Removes an objective and its tag on the module's questions; undo gives both back. */
	removeObjective(m: number, o: number): void {
		const module = this.draft.modules[m];
		const id = module?.objectives[o]?.id;
		if (!module || !id) return;
		this.#take(`Objective ${o + 1} removed.`, module.objectives, o, () => {
			const tagged = module.questions.filter((q) => q.objectives.includes(id));
			for (const q of tagged) q.objectives = q.objectives.filter((x) => x !== id);
			return () => {
				for (const q of tagged) q.objectives = [...q.objectives, id];
			};
		});
	}

	async publish(): Promise<PublishResult> {
		this.publishing = true;
		this.showAll = true;
		await this.flush();
		const result = await this.#store
			.publish($state.snapshot(this.draft) as PackDraft)
			.catch(() => ({
				ok: false as const,
				message: 'The pack could not be saved on this device. Try again.'
			}));
		if (result.ok) this.draft.published = result.version;
		this.published = result;
		this.publishing = false;
		return result;
	}
}

const KEY = Symbol('draft-editor');

/** Gives the editor to every field below the page. */
export function provideEditor(editor: DraftEditor): DraftEditor {
	return setContext(KEY, editor);
}

/** The editor of the page a field is on. */
export function useEditor(): DraftEditor {
	return getContext<DraftEditor>(KEY);
}

/** The context a field rendered alone (in a component test) needs. */
// A context map for a test's render, not reactive state.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
export const editorContext = (editor: DraftEditor) => new Map<symbol, DraftEditor>([[KEY, editor]]);
