// A learner's name: the one rule for how long it may be and how it is tidied, shared by the
// database (which stores it), Settings (which edits it) and backups (which restore it).
import { hasVisible, visibleText } from '$lib/text/visible';

export const MAX_NAME = 60;
/** The name of the learner a device makes on first use, until they give theirs. */
export const DEFAULT_NAME = 'Learner';

/**
 * A learner's name as typed (or restored), tidied: invisible and bidi control characters
 * removed, spaces collapsed, at most MAX_NAME characters; null when nothing visible is left.
 */
export function cleanName(name: string): string | null {
	const tidy = [...visibleText(name)].slice(0, MAX_NAME).join('').trim();
	return hasVisible(tidy) ? tidy : null;
}
