// The sentence around a caret in the article as the picker shows it (paragraphs apart by a
// blank line): what "Use this sentence" takes when nothing is selected.
import { splitSentences } from '$lib/content/sentences';

export function sentenceAt(text: string, caret: number): { start: number; end: number } | null {
	const from = text.lastIndexOf('\n\n', caret - 1);
	const start = from < 0 ? 0 : from + 2;
	const next = text.indexOf('\n\n', caret);
	const paragraph = text.slice(start, next < 0 ? text.length : next);
	let at = start;
	for (const sentence of splitSentences(paragraph)) {
		const s = text.indexOf(sentence, at);
		if (s < 0) break;
		const e = s + sentence.length;
		if (caret <= e) return { start: s, end: e };
		at = e;
	}
	return null;
}
