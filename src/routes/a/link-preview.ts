// What a link says, for the assignment page's first paint (intro-preview.ts): read and checked
// as far as showing it as text needs, before the app and its schema load.
import { ACTIVE_PACK } from '$lib/content/config';
import { codePart, openChecked, type Unpacked } from '$lib/teach/codec';
import { ASSIGNMENT_PREFIX, fromWire, wireShape } from '$lib/teach/assignment-wire';
import { isLate } from '$lib/teach/identity';
import { MAX_TITLE } from '$lib/teach/limits';
import { hasVisible, visibleText } from '$lib/text/visible';
import { introFacts, type IntroFacts } from './intro-facts';

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
 * (nothing stored here, no attempt in the address), its fragment; else null.
 */
export function previewCode(address: { search: string; hash: string }, stored: boolean) {
	return address.search || stored ? null : address.hash.replace(/^#/, '');
}
