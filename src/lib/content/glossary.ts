import { linkedTermIds, type TermEntry } from './inline';
import type { GlossaryTerm, Lesson } from './schema';

/** The glossary ids a lesson links, from its paragraphs and its points. */
export function lessonTermIds(lesson: Lesson): Set<string> {
	const prose = lesson.blocks.flatMap((b) =>
		b.kind === 'text' ? [b.text] : b.kind === 'points' ? b.items : []
	);
	return new Set(prose.flatMap(linkedTermIds));
}

/** The glossary terms a lesson links, by id: only those, so a page carries no more than it shows. */
export function lessonGlossary(
	lesson: Lesson,
	glossary: readonly GlossaryTerm[]
): Record<string, TermEntry> {
	const linked = lessonTermIds(lesson);
	return Object.fromEntries(
		glossary
			.filter((g) => linked.has(g.id))
			.map((g) => [g.id, { term: g.term, definition: g.definition }])
	);
}
