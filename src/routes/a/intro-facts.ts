// What the assignment page says about an assignment, as text: one function for the page
// (Intro.svelte) and for the script that fills it in before the app loads (intro-preview.ts),
// so both write the same words in the same places.
import { ACTIVE_PACK } from '$lib/content/config';
import { codePart, openChecked, unpackCode, type Unpacked } from '$lib/teach/codec';
import {
	ASSIGNMENT_PREFIX,
	ASSIGNMENT_VERSIONS,
	MAX_ASSIGNMENT_CHARS,
	fromWire,
	wireShape,
	type WireAssignment
} from '$lib/teach/assignment-wire';
import { formatDue } from '$lib/teach/format';
import { isLate } from '$lib/teach/identity';
import { MAX_TITLE } from '$lib/teach/limits';
import { returnChoice } from '$lib/teach/return-ways';
import type { AssignmentStatus } from '$lib/teach/status';
import { hasVisible, visibleText } from '$lib/text/visible';

/** Each fact as shown; an empty string is a fact the page leaves out. */
export interface IntroFacts {
	className: string;
	title: string;
	due: string;
	/** "Overdue" beside the date: 'yes' or ''. */
	overdue: string;
	questions: string;
	mode: string;
	attempts: string;
	passMark: string;
	returnBy: string;
	best: string;
}

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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What a link says, as a learner who has stored nothing would see it, from the code and what
 * it unpacked to (before its checksum is checked): null when the page must read more first (a
 * teacher's own lessons, whose title is stored on the device), or when the link is not one the
 * app could open. Checked as far as showing it as text needs; the app checks it against the
 * whole schema before anything is started or kept.
 */
export function factsOfCode(code: string, unpacked: Unpacked, now: number): IntroFacts | null {
	const opened = openChecked(ASSIGNMENT_PREFIX, unpacked, '');
	if (!opened.ok) return null;
	const v2 = codePart(code).startsWith(`${ASSIGNMENT_PREFIX}2.`);
	const wire = wireShape(opened.value, v2 ? 13 : 12);
	if (!wire) return null;
	const a = fromWire(wire);
	if (a.packId !== ACTIVE_PACK || a.title.length > MAX_TITLE || a.className.length > 80) {
		return null;
	}
	if (a.due !== null && !DAY.test(a.due)) return null;
	const title = visibleText(a.title);
	if (!hasVisible(title)) return null;
	const className = visibleText(a.className);
	const status = { used: 0, best: null, overdue: isLate(a, now) };
	return introFacts({ ...a, title, className }, status, a.questionIds.length);
}

/**
 * The code a page may show the facts of before the app has read anything: on a first visit
 * (nothing stored here, no attempt in the address), its fragment; else null. The page's first
 * paint (intro-preview.ts) and the app decide alike, so hydration finds the words in place.
 */
export function previewCode(address: { search: string; hash: string }, stored: boolean) {
	return address.search || stored ? null : address.hash.replace(/^#/, '');
}

/** The facts the page's first paint showed, read as the app reads links (fflate). */
export function linkPreview(
	address: { search: string; hash: string },
	stored: boolean,
	now: number
): IntroFacts | null {
	const code = previewCode(address, stored);
	if (code === null) return null;
	const unpacked = unpackCode(ASSIGNMENT_PREFIX, ASSIGNMENT_VERSIONS, code, MAX_ASSIGNMENT_CHARS);
	return factsOfCode(code, unpacked, now);
}
