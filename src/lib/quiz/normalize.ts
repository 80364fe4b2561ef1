// Typed answers are compared after this normalisation, so small differences in spelling
// style (case, accents, quotes, punctuation, "the") don't cost the learner the mark.

import { lazyPattern } from '$lib/text/pattern';

// Straight, curly and other quote marks, backticks, primes and apostrophe look-alikes.
// Removed (not spaced) so "Taiwan’s" and "Taiwans" agree. ʼ (U+02BC) is a letter to Unicode.
const QUOTES = /['"`´‘’‚‛“”„‟′″‹›«»ʼ＂＇｀]/gu;

// Combining diacritics (the Unicode blocks for them), left behind by NFKD: é → e + ◌́.
// Marks of other scripts (Devanagari vowel signs, kana voicing) are kept: they change the word.
// eslint-disable-next-line no-misleading-character-class -- combining marks are the point here
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;

// Single letters joined by dots, as in "U.S." or "e.g.": joined up, so "U.S." matches "US".
// Made when first used, as the next one (pattern.ts): the page that loads this code to score a
// set need not parse them before it shows a question.
const INITIALISM = lazyPattern(
	String.raw`(?<![\p{L}\p{M}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{M}\p{N}])`,
	'gu'
);

// Anything that is not part of a word, in any script; hyphens and dashes included.
const SEPARATORS = lazyPattern(String.raw`[^\p{L}\p{M}\p{N}]+`, 'gu');

const ARTICLES = new Set(['the', 'a', 'an']);

/** The comparable form of a typed short answer: "The U.S.-led  Café!" → "us led cafe". */
export function normalizeShortAnswer(text: string): string {
	const cleaned = text
		.replace(QUOTES, '')
		.normalize('NFKD')
		.replace(DIACRITICS, '')
		.replace(INITIALISM(), (m) => m.replaceAll('.', ''))
		.toLowerCase()
		.replace(SEPARATORS(), ' ')
		.trim();
	const words = cleaned === '' ? [] : cleaned.split(' ');
	// Only when something follows: a lone "A" is an answer, not an article.
	if (words.length > 1 && ARTICLES.has(words[0] ?? '')) words.shift();
	return words.join(' ').normalize('NFC');
}
