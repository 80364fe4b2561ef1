// The article as sentences: what a question rests on, counted so that no sentence carries too
// many questions, and (later) what a learner marks when asked to find the evidence.
import { normalizeSpace } from './text';

export interface Sentence {
	/** Where it stands: "H" (headline), "C" (caption), or "P<paragraph>.<sentence>", from 1. */
	id: string;
	text: string;
}

// An abbreviation made of capitals and dots ("U.S.", "U.K.") or a title ("Mr."), after which a
// full stop does not end the sentence.
const ABBREVIATION = /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|No)\.)$/;

/**
 * Splits a paragraph after a full stop, question or exclamation mark (and any closing quote)
 * that a space and a capital or an opening quote follow, except after an abbreviation.
 */
export function splitSentences(paragraph: string): string[] {
	const text = normalizeSpace(paragraph);
	const sentences: string[] = [];
	const end = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
	let start = 0;
	for (const match of text.matchAll(end)) {
		const stop = match.index + match[0].length;
		const head = text.slice(start, match.index + 1);
		if (ABBREVIATION.test(head)) continue;
		sentences.push(text.slice(start, stop).trim());
		start = stop;
	}
	const rest = text.slice(start).trim();
	if (rest) sentences.push(rest);
	return sentences;
}

/** Every sentence of an article: its headline, caption and body, in reading order. */
export function articleSentences(source: {
	headline: string;
	caption?: string | undefined;
	paragraphs: readonly string[];
}): Sentence[] {
	const all: Sentence[] = [{ id: 'H', text: normalizeSpace(source.headline) }];
	if (source.caption) all.push({ id: 'C', text: normalizeSpace(source.caption) });
	source.paragraphs.forEach((p, i) =>
		splitSentences(p).forEach((text, j) => all.push({ id: `P${i + 1}.${j + 1}`, text }))
	);
	return all;
}

/**
 * The sentences a quote takes words from: those it lies in, or, for a quote that runs across a
 * sentence's end, each sentence it touches. Empty when the quote is not in the article.
 */
export function sentencesOf(sentences: readonly Sentence[], quote: string): Sentence[] {
	const needle = normalizeSpace(quote);
	if (!needle) return [];
	const inOne = sentences.filter((s) => s.text.includes(needle));
	if (inOne.length) return inOne;
	// Across sentences: join each paragraph's sentences and keep those the quote overlaps.
	const found: Sentence[] = [];
	const byParagraph = new Map<string, Sentence[]>();
	for (const s of sentences) {
		const key = s.id.split('.')[0] ?? s.id;
		byParagraph.set(key, [...(byParagraph.get(key) ?? []), s]);
	}
	for (const group of byParagraph.values()) {
		const joined = group.map((s) => s.text).join(' ');
		const at = joined.indexOf(needle);
		if (at < 0) continue;
		let offset = 0;
		for (const s of group) {
			const from = offset;
			const to = offset + s.text.length;
			if (at < to && at + needle.length > from) found.push(s);
			offset = to + 1;
		}
	}
	return found;
}
