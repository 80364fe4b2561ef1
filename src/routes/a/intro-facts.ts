// What the assignment page says about an assignment, as text: one function for the page
// (Intro.svelte) and for the script that fills it in before the app loads (intro-preview.ts),
// so both write the same words in the same places. Light: it is in the page's first load.
import type { WireAssignment } from '$lib/teach/assignment-wire';
import { formatDue } from '$lib/teach/format';
import { returnChoice } from '$lib/teach/return-ways';
import type { AssignmentStatus } from '$lib/teach/status';

/**
 * The facts the card shows, in its order; each is text, and an empty string is a fact the page
 * leaves out. `overdue` is 'yes' beside a date that has passed, or ''.
 */
export const INTRO_FACT_KEYS = [
	'className',
	'title',
	'due',
	'overdue',
	'questions',
	'mode',
	'attempts',
	'passMark',
	'returnBy',
	'best'
] as const;

export type IntroFacts = Record<(typeof INTRO_FACT_KEYS)[number], string>;

type Shown = Pick<
	WireAssignment,
	'className' | 'title' | 'due' | 'mode' | 'attemptsAllowed' | 'passMark' | 'returnBy'
>;

export function introFacts(
	a: Shown,
	status: Pick<AssignmentStatus, 'used' | 'best' | 'overdue'>,
	questionCount: number
): IntroFacts {
	const { used } = status;
	return {
		className: a.className,
		title: a.title,
		due: a.due ? formatDue(a.due) : 'No due date',
		overdue: status.overdue ? 'yes' : '',
		questions: String(questionCount),
		mode:
			a.mode === 'test'
				? 'Test: no feedback until you submit'
				: 'Practice: feedback after each answer',
		attempts:
			a.attemptsAllowed === 0
				? `No limit${used ? ` · ${used} used` : ''}`
				: `${used} of ${a.attemptsAllowed} used`,
		passMark: `${a.passMark}%`,
		returnBy: returnChoice(a.returnBy)?.short ?? '',
		best: status.best === null ? '' : `${status.best}%`
	};
}
