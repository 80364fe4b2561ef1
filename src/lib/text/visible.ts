// Names and titles that come from outside (links, receipts, backups, forms) are shown inside
// the app's own sentences. Invisible characters could hide a name, make two names look alike,
// or (bidi controls) reverse the words around them; these helpers remove them.

import { lazyPattern } from './pattern';

/**
 * Format and control characters: bidi embeddings, overrides and isolates, marks such as U+200E,
 * zero-width space and no-break, word joiner, byte order mark, soft hyphen, tags, and so on.
 * Joiners (U+200C, U+200D) are handled apart: some scripts and emoji need them inside a word.
 */
const INVISIBLE = lazyPattern(String.raw`[\p{Cf}\p{Cc}\u17B4\u17B5]`, 'gu');
const JOINERS = /[\u200C\u200D]/gu;
/** Characters that are letters or symbols to Unicode but show as blank space. */
const BLANKS = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** A joiner with a space or the end of the text on either side joins nothing. */
const LOOSE_JOINERS = /(?<!\S)[\u200C\u200D]+|[\u200C\u200D]+(?!\S)/gu;
/** What shows nothing on its own: spaces, controls, marks with no letter to sit on, blanks. */
const SEEN = lazyPattern(
	String.raw`[^\s\p{Z}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]`,
	'u'
);

function withoutInvisible(text: string): string {
	return text
		.replace(/[\t\n\v\f\r\u0085]/g, ' ')
		.replace(BLANKS, ' ')
		.replace(INVISIBLE(), (c) => (c === '\u200C' || c === '\u200D' ? c : ''))
		.replace(LOOSE_JOINERS, '');
}

/**
 * Text as it may be shown: invisible and bidi control characters removed, any run of spaces
 * (or blank-looking characters) made one space, and no space at either end.
 */
export function visibleText(text: string): string {
	return withoutInvisible(text).replace(/\s+/g, ' ').trim();
}

/** Whether anything a reader can see is left: a name of only blanks and marks is not a name. */
export function hasVisible(text: string): boolean {
	return SEEN().test(text);
}

/** Text for comparing names: visible text with joiners removed as well, so look-alikes match. */
export function comparableText(text: string): string {
	return visibleText(text).replace(JOINERS, '');
}
