import { describe, expect, it } from 'vitest';
import { findQuote, normalizeSpace, parseArticle } from './text';

const saved = [
	'A headline',
	'',
	'A caption line',
	'A caption line | License Photo',
	'',
	'First paragraph says "hello there".',
	'',
	'',
	'Second   paragraph.',
	'',
	'Latest Headlines'
].join('\n');

describe('article text', () => {
	it('splits a saved article into headline, caption and paragraphs, dropping site furniture', () => {
		expect(parseArticle(saved)).toEqual({
			headline: 'A headline',
			caption: 'A caption line',
			paragraphs: ['First paragraph says "hello there".', 'Second paragraph.']
		});
	});

	it('finds a quote whatever its whitespace, and says where', () => {
		const { paragraphs } = parseArticle(saved);
		expect(findQuote(paragraphs, 'Second paragraph')).toEqual({ paragraph: 1, start: 0, end: 16 });
		expect(findQuote(paragraphs, '"hello\n there"')).toMatchObject({ paragraph: 0 });
	});

	it('does not find a quote that differs by a letter or is empty', () => {
		const { paragraphs } = parseArticle(saved);
		expect(findQuote(paragraphs, 'Second paragraphs')).toBeNull();
		expect(findQuote(paragraphs, '   ')).toBeNull();
	});

	it('normalises whitespace', () => {
		expect(normalizeSpace('  a \n\t b ')).toBe('a b');
	});
});
