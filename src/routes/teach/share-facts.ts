// The facts a teacher and a class read about an assignment, in the share view, on the board
// and on paper. The class is left out of the joined line: it is outside text, which the
// component wraps in <bdi> (AssignmentFacts.svelte).
import type { Assignment } from '$lib/teach/assignment';
import type { ReturnWay } from '$lib/teach/assignment-wire';
import { facts, formatDue } from '$lib/teach/format';
import { count } from '$lib/text/count';

export type Fact = 'class' | 'questions' | 'mode' | 'passMark' | 'attempts' | 'due' | 'returns';

/** "Test", "Practice". */
export function modeName(a: Assignment): string {
	return a.mode === 'test' ? 'Test' : 'Practice';
}

/** "1 attempt", "2 attempts"; 0 allows any number. */
export function attemptsText(allowed: number): string {
	return allowed === 0 ? 'unlimited attempts' : count(allowed, 'attempt');
}

const RETURNS: Record<ReturnWay, string> = {
	scan: 'results scanned in class',
	chat: 'results pasted in the class chat',
	file: 'results sent as a file'
};

/** A fact kept on one line: a line breaks between facts, never inside a date or "60%". */
function unbroken(text: string | null): string | null {
	return text && text.replaceAll(' ', '\u00a0');
}

/** Each fact but the class, as words; null for one the assignment does not have. */
function words(a: Assignment, fact: Exclude<Fact, 'class'>): string | null {
	switch (fact) {
		case 'questions':
			return count(a.questionIds.length, 'question');
		case 'mode':
			return modeName(a);
		case 'passMark':
			return `pass mark ${a.passMark}%`;
		case 'attempts':
			return attemptsText(a.attemptsAllowed);
		case 'due':
			return a.due && `due ${formatDue(a.due)}`;
		case 'returns':
			return a.returnBy ? RETURNS[a.returnBy] : null;
	}
}

/**
 * The facts other than the class, joined: "9 questions · Test · pass mark 60%". When the line
 * starts the sentence (no class before it) its first letter is a capital: "Due Tue 8 Dec 2026".
 */
export function otherFacts(a: Assignment, show: readonly Fact[], first: boolean): string {
	const line = facts(...show.map((f) => (f === 'class' ? null : unbroken(words(a, f)))));
	return first ? line.charAt(0).toUpperCase() + line.slice(1) : line;
}

/** Whether the class is shown: asked for, and the assignment has one. */
export function showsClass(a: Assignment, show: readonly Fact[]): boolean {
	return show.includes('class') && a.className !== '';
}
