import * as v from 'valibot';
import { AssignmentSchema, type Assignment } from '$lib/teach/assignment';
import type { ReturnWay } from '$lib/teach/assignment-wire';
import { MAX_TITLE } from '$lib/teach/limits';
import { hasVisible } from '$lib/text/visible';

/** The assignment form as typed: numbers may be empty (null) and the due date blank. */
export interface AssignmentDraft {
	title: string;
	className: string;
	questionIds: string[];
	mode: Assignment['mode'];
	due: string;
	passMark: number | null;
	attemptsAllowed: number | null;
	shuffle: boolean;
	returnBy: ReturnWay;
}

export type Field =
	'title' | 'className' | 'questionIds' | 'due' | 'passMark' | 'attemptsAllowed' | 'form';

export type FieldErrors = Partial<Record<Field, string>>;

/** What the form does not ask for: set when the assignment is made, kept when edited. */
export type Fixed = Pick<Assignment, 'id' | 'packId' | 'packVersion' | 'createdAt'>;

export function emptyDraft(): AssignmentDraft {
	return {
		title: '',
		className: '',
		questionIds: [],
		mode: 'practice',
		due: '',
		passMark: 60,
		attemptsAllowed: 0,
		shuffle: true,
		returnBy: 'scan'
	};
}

export function draftOf(a: Assignment): AssignmentDraft {
	return {
		title: a.title,
		className: a.className,
		questionIds: [...a.questionIds],
		mode: a.mode,
		due: a.due ?? '',
		passMark: a.passMark,
		attemptsAllowed: a.attemptsAllowed,
		shuffle: a.shuffle,
		returnBy: a.returnBy ?? 'scan'
	};
}

const MESSAGES: Record<Exclude<Field, 'form'>, (d: AssignmentDraft) => string> = {
	title: (d) =>
		hasVisible(d.title)
			? `Keep the title to ${MAX_TITLE} characters.`
			: 'Give the assignment a title.',
	className: () => 'Keep the class name to 80 characters.',
	questionIds: (d) =>
		d.questionIds.length
			? `Choose at most 100 questions (${d.questionIds.length} are chosen).`
			: 'Choose at least one question set or question.',
	due: () => 'Enter a real date, or leave the due date empty.',
	passMark: () => 'The pass mark is a whole number from 0 to 100.',
	attemptsAllowed: () => 'Attempts allowed is a whole number from 0 (no limit) to 20.'
};

const isField = (key: unknown): key is keyof typeof MESSAGES =>
	typeof key === 'string' && Object.hasOwn(MESSAGES, key);

/** The assignment the form describes, or a plain message for each field that is wrong. */
export function checkDraft(
	draft: AssignmentDraft,
	fixed: Fixed
): { ok: true; assignment: Assignment } | { ok: false; errors: FieldErrors } {
	const candidate = {
		...fixed,
		title: draft.title.trim(),
		className: draft.className.trim(),
		questionIds: draft.questionIds,
		mode: draft.mode,
		due: draft.due || null,
		passMark: draft.passMark ?? Number.NaN,
		attemptsAllowed: draft.attemptsAllowed ?? Number.NaN,
		shuffle: draft.shuffle,
		returnBy: draft.returnBy
	};
	const parsed = v.safeParse(AssignmentSchema, candidate);
	if (parsed.success) return { ok: true, assignment: parsed.output };
	const errors: FieldErrors = {};
	for (const issue of parsed.issues) {
		const key = issue.path?.[0]?.key;
		if (isField(key)) errors[key] ??= MESSAGES[key](draft);
		else errors.form ??= `This assignment could not be saved: ${issue.message}`;
	}
	return { ok: false, errors };
}

/** The chosen ids in the order of the pack, so a module's questions stay together. */
export function inPackOrder(chosen: ReadonlySet<string>, packOrder: readonly string[]): string[] {
	const known = packOrder.filter((id) => chosen.has(id));
	const unknown = [...chosen].filter((id) => !packOrder.includes(id));
	return [...known, ...unknown];
}
