import { describe, expect, it } from 'vitest';
import { markSic, markSpan, parseTermLinks } from './inline';

const names: Record<string, string> = { cac: 'Cyberspace Administration of China' };

describe('lesson prose', () => {
	it('turns [[id]] and [[id|words]] into glossary links and keeps the rest as text', () => {
		expect(
			parseTermLinks('The [[cac]] acted; [[cac|the regulator]] said so.', (id) => names[id])
		).toEqual([
			{ kind: 'text', text: 'The ' },
			{ kind: 'term', termId: 'cac', text: 'Cyberspace Administration of China' },
			{ kind: 'text', text: ' acted; ' },
			{ kind: 'term', termId: 'cac', text: 'the regulator' },
			{ kind: 'text', text: ' said so.' }
		]);
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
});
