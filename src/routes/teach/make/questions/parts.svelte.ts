// What the parts of the question editor share: the question of one type, lists kept beside
// another list (evidence for each step or answer), and the marks that say which items of a
// list are right (the right options, the sentences that answer).
import { untrack } from 'svelte';
import type { Question, QuestionType } from '$lib/content/schema';

export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const sameList = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

/** Fills `list` with empty texts up to `length`. */
export function padTo(list: string[], length: number): string[] {
	while (list.length < length) list.push('');
	return list;
}

/** Item `i` of a list kept beside another, which may be missing or short: '' then. */
export const textAt = (list: readonly string[] | undefined, i: number) => list?.[i] ?? '';

/** `list` (or a new one), at least `length` long, with `value` at `i`. */
export function setAt(list: string[] | undefined, length: number, i: number, value: string) {
	const out = padTo(list ?? [], Math.max(length, i + 1));
	out[i] = value;
	return out;
}

export function moveItem(list: string[], from: number, to: number): void {
	const [item] = list.splice(from, 1);
	if (item !== undefined) list.splice(to, 0, item);
}

/**
 * Which items of a list are marked right, by position, so an item can be retyped and stay
 * marked. The question's `answers` are kept the marked items' texts, in the list's order.
 * Made while a component starts (it runs an effect there).
 */
export class Marks {
	on: boolean[] = $state([]);

	constructor(question: () => { answers: string[] }, items: () => string[]) {
		this.on = untrack(() => {
			const answers = question().answers;
			return items().map((text) => text.trim() !== '' && answers.includes(text));
		});
		$effect(() => {
			const q = question();
			const answers = items().filter((_, i) => this.on[i]);
			if (
				!sameList(
					answers,
					untrack(() => q.answers)
				)
			)
				q.answers = answers;
		});
	}

	set(i: number, on: boolean): void {
		while (this.on.length <= i) this.on.push(false);
		this.on[i] = on;
	}

	/** How many items before `i` are marked: where item `i`'s answer is, or would go. */
	before(i: number): number {
		return this.on.slice(0, i).filter(Boolean).length;
	}

	/** Item `i`'s place among the answers, or -1 when it is not marked. */
	rank(i: number): number {
		return this.on[i] ? this.before(i) : -1;
	}

	/** The item at `i` was removed from the list. */
	removed(i: number): void {
		this.on.splice(i, 1);
	}
}
