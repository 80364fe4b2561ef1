import type { GlossaryTerm, PackMeta } from './schema';

/** What a reader sees of a glossary term where it is used: its name and its definition. */
export type TermEntry = Pick<GlossaryTerm, 'term' | 'definition'>;

export type Segment =
	| { kind: 'text'; text: string }
	/** `entry` is there where the page has the definition, to show it in place. */
	| { kind: 'term'; text: string; termId: string; entry?: TermEntry }
	| { kind: 'sic'; text: string; note: string }
	| { kind: 'mark'; text: string };

const LINK = /\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g;

/** Splits lesson prose into text and glossary links: `[[id]]` or `[[id|shown words]]`. */
export function parseTermLinks(
	text: string,
	lookup: (id: string) => TermEntry | undefined
): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(LINK)) {
		const [whole, id = '', shown] = match;
		const index = match.index ?? 0;
		const entry = lookup(id);
		if (index > last) out.push({ kind: 'text', text: text.slice(last, index) });
		out.push({
			kind: 'term',
			termId: id,
			text: shown?.trim() || entry?.term || id,
			...(entry && { entry })
		});
		last = index + whole.length;
	}
	if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
	return out;
}

/** The glossary ids that prose links, in order, each once. */
export function linkedTermIds(text: string): string[] {
	return [...new Set(Array.from(text.matchAll(LINK), ([, id = '']) => id))];
}

/** Splits a quote so that each of the article's known typos can be shown with [sic]. */
export function markSic(quote: string, sic: PackMeta['sic']): Segment[] {
	let segments: Segment[] = [{ kind: 'text', text: quote }];
	for (const entry of sic) {
		segments = segments.flatMap((seg) => {
			if (seg.kind !== 'text') return [seg];
			const parts = seg.text.split(entry.text);
			return parts.flatMap((part, i): Segment[] => {
				const before: Segment[] = part ? [{ kind: 'text', text: part }] : [];
				return i < parts.length - 1
					? [...before, { kind: 'sic', text: entry.text, note: entry.note }]
					: before;
			});
		});
	}
	return segments;
}

/** A quote as plain text with [sic] after each of the article's known typos: for print. */
export function sicText(quote: string, sic: PackMeta['sic']): string {
	return markSic(quote, sic)
		.map((seg) => (seg.kind === 'sic' ? `${seg.text} [sic]` : seg.text))
		.join('');
}

/** Splits a paragraph around the span [start, end) to highlight it. */
export function markSpan(text: string, start: number, end: number): Segment[] {
	return [
		{ kind: 'text' as const, text: text.slice(0, start) },
		{ kind: 'mark' as const, text: text.slice(start, end) },
		{ kind: 'text' as const, text: text.slice(end) }
	].filter((s) => s.text.length > 0);
}
