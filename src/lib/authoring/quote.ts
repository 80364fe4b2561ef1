// Evidence is picked from the source, not typed: a selection becomes a quote, and any quote
// (picked, pasted or edited) is checked against the source word for word before it is kept.
import { findQuote, normalizeSpace } from '$lib/content/text';

/** The longest quote a question or lesson may rest on (the pack schema's limit). */
export const MAX_QUOTE = 800;

const WORD = /[\p{L}\p{M}\p{N}'’-]/u;

/**
 * The quote a selection from `start` to `end` in `text` makes, widened to whole words (a touch
 * selection often cuts one) and without the spaces at its ends.
 */
export function selectionQuote(text: string, start: number, end: number): string {
	let from = Math.max(0, Math.min(start, end));
	let to = Math.min(text.length, Math.max(start, end));
	while (from > 0 && from < to && WORD.test(text[from] ?? '') && WORD.test(text[from - 1] ?? ''))
		from--;
	while (
		to < text.length &&
		to > from &&
		WORD.test(text[to - 1] ?? '') &&
		WORD.test(text[to] ?? '')
	)
		to++;
	return normalizeSpace(text.slice(from, to));
}

export type QuoteCheck = { ok: true; quote: string } | { ok: false; message: string };

/** Whether `quote` is word for word in `source` (spacing aside); if not, where it parts from it. */
export function checkQuote(source: readonly string[], quote: string): QuoteCheck {
	const wanted = normalizeSpace(quote);
	if (!wanted) return { ok: false, message: 'Pick some words from the article first.' };
	if (wanted.length > MAX_QUOTE)
		return {
			ok: false,
			message: `A quote can be at most ${MAX_QUOTE} characters; this one has ${wanted.length}. Pick a shorter passage.`
		};
	if (findQuote(source, wanted)) return { ok: true, quote: wanted };
	const words = wanted.split(' ');
	let n = 0;
	while (n < words.length && findQuote(source, words.slice(0, n + 1).join(' '))) n++;
	if (n === 0)
		return {
			ok: false,
			message: `The article does not have “${words[0]}” where this quote starts. Pick the words from the article's text.`
		};
	return {
		ok: false,
		message: `The article has “${words.slice(0, n).join(' ')}” but not “${words[n]}” after it. A quote must be word for word: pick it from the article's text.`
	};
}
