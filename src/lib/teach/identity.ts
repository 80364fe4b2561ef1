// Who is who, and what is late, in the gradebook: plain functions with no decoding code, so
// the gradebook's page can use them without loading the link and receipt codecs.
import type { Assignment } from './assignment';
import type { Receipt } from './receipt';
import { comparableText } from '$lib/text/visible';

/** Late when finished on or after midnight at the start of the day after `due`, local time. */
export function isLate(a: Pick<Assignment, 'due'>, finishedAt: number): boolean {
	if (!a.due) return false;
	const [y = 0, m = 1, d = 1] = a.due.split('-').map(Number);
	return finishedAt >= new Date(y, m - 1, d + 1).getTime();
}

/**
 * A name as typed, reduced so that "zoë  o'brien", "Zoë O'Brien " and the same name with an
 * invisible character inside are one student.
 */
export function studentKey(name: string): string {
	return comparableText(name.normalize('NFC')).toLowerCase();
}

/** Identity for de-duplication: the same receipt pasted twice has the same key. */
export function receiptKey(r: Receipt): string {
	return JSON.stringify([r.assignmentId, studentKey(r.student), r.finishedAt]);
}
