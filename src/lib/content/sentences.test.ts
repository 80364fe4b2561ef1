import { describe, expect, it } from 'vitest';
import { articleSentences, sentencesOf, splitSentences } from './sentences';

describe('sentences', () => {
	it('splits a paragraph at the end of each sentence, closing quotes included', () => {
		expect(
			splitSentences('The ban came on Sunday. "We disagree," it said! Was it   fair? Yes.')
		).toEqual(['The ban came on Sunday.', '"We disagree," it said!', 'Was it fair?', 'Yes.']);
	});

	it('does not end a sentence at an abbreviation or before a small letter', () => {
		expect(
			splitSentences('U.S. officials met Mr. Smith in the U.S. Capitol. It went well, e.g. here.')
		).toEqual(['U.S. officials met Mr. Smith in the U.S. Capitol.', 'It went well, e.g. here.']);
	});

	it('names each sentence of an article by where it stands', () => {
		const all = articleSentences({
			headline: 'A headline',
			caption: 'A caption.',
			paragraphs: ['One. Two.', 'Three.']
		});
		expect(all.map((s) => [s.id, s.text])).toEqual([
			['H', 'A headline'],
			['C', 'A caption.'],
			['P1.1', 'One.'],
			['P1.2', 'Two.'],
			['P2.1', 'Three.']
		]);
	});

	it('finds the sentences a quote takes words from, across a sentence end too', () => {
		const all = articleSentences({
			headline: 'H',
			paragraphs: ['The first one. The second one.', 'The first one again.']
		});
		const ids = (quote: string) => sentencesOf(all, quote).map((s) => s.id);
		expect(ids('second')).toEqual(['P1.2']);
		expect(ids('The first one')).toEqual(['P1.1', 'P2.1']);
		expect(ids('one. The   second')).toEqual(['P1.1', 'P1.2']);
		expect(ids('not there')).toEqual([]);
		expect(ids('  ')).toEqual([]);
	});
});
