import { describe, expect, it } from 'vitest';
import { compilePack } from './compile.server';
import { lessonGlossary, lessonTermIds } from './glossary';
import type { Lesson } from './schema';

const pack = compilePack('content/packs/micron-ban');

const lesson = (blocks: Lesson['blocks']): Lesson => ({
	...(pack.modules[0]?.lessons[0] as Lesson),
	blocks
});

describe("a lesson's glossary", () => {
	it('finds the terms linked in paragraphs and points, each once, but not in quotes', () => {
		const ids = lessonTermIds(
			lesson([
				{ kind: 'text', text: 'The [[cac]] and [[micron|Micron]].' },
				{ kind: 'points', items: ['[[cac|It]] again', '[[g7]]'] },
				{ kind: 'quote', quote: '[[export-controls]]', speaker: 'Someone' }
			])
		);
		expect([...ids]).toEqual(['cac', 'micron', 'g7']);
	});

	it('holds the name and definition of each linked term, and no other', () => {
		const terms = lessonGlossary(
			lesson([{ kind: 'text', text: 'The [[cac]] reviewed [[micron|Micron]].' }]),
			pack.glossary
		);
		const entry = (id: string) => {
			const g = pack.glossary.find((t) => t.id === id);
			return { term: g?.term, definition: g?.definition };
		};
		expect(terms).toEqual({ cac: entry('cac'), micron: entry('micron') });
	});
});
