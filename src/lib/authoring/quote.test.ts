import { describe, expect, it } from 'vitest';
import { checkQuote, MAX_QUOTE, selectionQuote } from './quote';

const source = [
	"China bans some Micron chip sales, citing nat'l security risks",
	'The Cyberspace Administration of China said Sunday that Micron\'s products pose "relatively serious" risks.',
	'Micron said it was evaluating the conclusion.'
];

describe('evidence picked from the source', () => {
	it('widens a selection that cuts a word to the whole word, and trims spaces', () => {
		const text = source[1] ?? '';
		const start = text.indexOf('berspace');
		const end = text.indexOf('Administration') + 5;
		expect(selectionQuote(text, start, end)).toBe('Cyberspace Administration');
		expect(selectionQuote(text, end, start)).toBe('Cyberspace Administration');
		const spaced = text.indexOf(' said');
		expect(selectionQuote(text, spaced, spaced + 5)).toBe('said');
	});

	it('keeps a quote that is word for word in the source, spacing aside', () => {
		expect(checkQuote(source, 'Micron said  it was\nevaluating')).toEqual({
			ok: true,
			quote: 'Micron said it was evaluating'
		});
		expect(checkQuote(source, "citing nat'l security risks")).toMatchObject({ ok: true });
	});

	it('refuses a quote that is not, saying where it parts from the article', () => {
		const changed = checkQuote(source, 'Micron said it was reviewing the conclusion');
		expect(changed).toEqual({
			ok: false,
			message:
				"The article has “Micron said it was” but not “reviewing” after it. A quote must be word for word: pick it from the article's text."
		});
		const foreign = checkQuote(source, 'Beijing retaliated');
		expect(foreign.ok).toBe(false);
		expect(!foreign.ok && foreign.message).toMatch(/does not have “Beijing”/);
		// A typo fixed is not the article's wording.
		expect(checkQuote(source, "citing nat'l securty risks").ok).toBe(false);
	});

	it('refuses an empty or overlong quote with a reason', () => {
		expect(checkQuote(source, '   ')).toEqual({
			ok: false,
			message: 'Pick some words from the article first.'
		});
		const long = checkQuote(['x '.repeat(900)], 'x '.repeat(MAX_QUOTE));
		expect(!long.ok && long.message).toMatch(/at most 800 characters/);
	});
});
