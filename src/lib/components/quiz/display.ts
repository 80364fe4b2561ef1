// Small display helpers shared by the quiz input components.
import type { Question } from '$lib/content/schema';
import type { Answer } from '$lib/quiz/answer';

/** 'correct': a right option; 'wrong': the learner picked it and it is not right. */
export type OptionStatus = 'correct' | 'wrong' | null;

/**
 * The words shown with a revealed option. One pick among several names the right one and the
 * learner's; a multi-select says what the learner did with each: picked, missed, or wrongly picked.
 */
export function optionVerdict(
	kind: 'radio' | 'checkbox',
	status: OptionStatus,
	checked: boolean
): { ok: boolean; text: string } | null {
	if (status === null) return null;
	if (kind === 'radio') {
		return status === 'correct'
			? { ok: true, text: 'Correct answer' }
			: { ok: false, text: 'Your answer' };
	}
	if (status === 'wrong') return { ok: false, text: 'Wrong: you picked this' };
	return checked ? { ok: true, text: 'You picked this' } : { ok: false, text: 'You missed this' };
}

/** `order` when it holds exactly `items` (in any order); otherwise `items` as authored. */
export function inDisplayOrder(order: readonly string[], items: readonly string[]): string[] {
	const sorted = (list: readonly string[]) => [...list].sort().join('\u0000');
	return order.length === items.length && sorted(order) === sorted(items) ? [...order] : [...items];
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
	const tens = n % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/**
 * What every question input takes: it is controlled (shows `answer`, reports changes through
 * `onchange` and never changes the answer itself), is `locked` once checked, and may `reveal`
 * the right answer. `id` prefixes its element ids.
 */
export interface InputProps<Q> {
	id: string;
	question: Q;
	answer: Answer;
	onchange: (answer: Answer) => void;
	locked?: boolean;
	reveal?: boolean;
}

/** A question of one type, for that type's input. */
export type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;
