// Titles made from a teacher's title and words added to it ("(copy)", ": follow-up"): within
// MAX_TITLE as the schema counts (UTF-16 units), never splitting an emoji, the added words whole.
import { MAX_TITLE } from './limits';

/** `text` cut to at most `max` UTF-16 units, never inside a surrogate pair. */
export function cut(text: string, max: number): string {
	if (text.length <= max) return text;
	const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
	return text.slice(0, end).trimEnd();
}

/** The title, cut so that with `suffix` it is at most MAX_TITLE long: the suffix is kept whole. */
export function titled(title: string, suffix: string): string {
	return cut(title, MAX_TITLE - suffix.length) + suffix;
}
