import { describe, expect, it } from 'vitest';
import {
	linkedTermIds,
	markSic,
	markSpan,
	parseTermLinks,
	sicText,
	type TermEntry
} from './inline';

const cac = { term: 'Cyberspace Administration of China', definition: 'The Chinese regulator.' };
const glossary: Record<string, TermEntry> = { cac };

describe('lesson prose', () => {
	it('turns [[id]] and [[id|words]] into glossary links, each with its entry, and keeps the rest as text', () => {
		expect(
			parseTermLinks('The [[cac]] acted; [[cac|the regulator]] said so.', (id) => glossary[id])
		).toEqual([
			{ kind: 'text', text: 'The ' },
			{ kind: 'term', termId: 'cac', text: 'Cyberspace Administration of China', entry: cac },
			{ kind: 'text', text: ' acted; ' },
			{ kind: 'term', termId: 'cac', text: 'the regulator', entry: cac },
			{ kind: 'text', text: ' said so.' }
		]);
	});

	it('keeps a link to a term the page has no entry for, shown by its id, without an entry', () => {
		const [term] = parseTermLinks('[[g7]]', () => undefined);
		expect(term).toStrictEqual({ kind: 'term', termId: 'g7', text: 'g7' });
	});

	it('lists the terms prose links, each once', () => {
		expect(linkedTermIds('[[cac]], [[micron|Micron]] and [[cac|it]]')).toEqual(['cac', 'micron']);
		expect(linkedTermIds('No links.')).toEqual([]);
	});

	it('leaves text without links alone', () => {
		expect(parseTermLinks('Plain words.', () => undefined)).toEqual([
			{ kind: 'text', text: 'Plain words.' }
		]);
	});
});

describe('[sic] marks', () => {
	const sic = [{ text: 'Mircon', note: 'Micron is misspelt.' }];

	it('marks each typo in a quote', () => {
		expect(markSic('the Mircon products and Mircon again', sic)).toEqual([
			{ kind: 'text', text: 'the ' },
			{ kind: 'sic', text: 'Mircon', note: 'Micron is misspelt.' },
			{ kind: 'text', text: ' products and ' },
			{ kind: 'sic', text: 'Mircon', note: 'Micron is misspelt.' },
			{ kind: 'text', text: ' again' }
		]);
	});

	it('changes nothing when a quote has no typo', () => {
		expect(markSic('Micron products', sic)).toEqual([{ kind: 'text', text: 'Micron products' }]);
	});
});

describe('highlighting a passage', () => {
	it('splits a paragraph around the marked span', () => {
		expect(markSpan('abcdef', 2, 4)).toEqual([
			{ kind: 'text', text: 'ab' },
			{ kind: 'mark', text: 'cd' },
			{ kind: 'text', text: 'ef' }
		]);
		expect(markSpan('abc', 0, 3)).toEqual([{ kind: 'mark', text: 'abc' }]);
	});

	it('writes [sic] after each known typo in plain text, for print', () => {
		const sic = [{ text: 'Mircon', note: 'Misspelt.' }];
		expect(sicText('the Mircon products and Mircon chips', sic)).toBe(
			'the Mircon [sic] products and Mircon [sic] chips'
		);
		expect(sicText('no typo here', sic)).toBe('no typo here');
	});
});
