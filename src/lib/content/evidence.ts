// The article's words behind a question's answer: the question's own quote, and one for each
// part of a key with parts (a matching pair, an ordering step, a right option).
import type { Question } from './schema';
import { normalizeSpace } from './text';

export interface EvidenceQuote {
	/** The part of the answer it backs, in words; null for the question's own quote. */
	part: string | null;
	quote: string;
}

/** Each part of the key with the quote given for it (undefined where none is given). */
export function keyParts(q: Question): { part: string; quote: string | undefined }[] {
	switch (q.type) {
		case 'matching':
			return q.pairs.map((p) => ({ part: `${p.left} → ${p.right}`, quote: p.evidence }));
		case 'ordering':
			return q.items.map((item, i) => ({
				part: `Step ${i + 1}: ${item}`,
				quote: q.stepEvidence?.[i]
			}));
		case 'multi':
			return q.answers.map((a, i) => ({ part: a, quote: q.answerEvidence?.[i] }));
		default:
			return [];
	}
}

/** Every quote behind the answer, the question's own first, each passage once. */
export function evidenceQuotes(q: Question): EvidenceQuote[] {
	const seen = new Set([normalizeSpace(q.evidence)]);
	const quotes: EvidenceQuote[] = [{ part: null, quote: q.evidence }];
	for (const { part, quote } of keyParts(q)) {
		if (!quote || seen.has(normalizeSpace(quote))) continue;
		seen.add(normalizeSpace(quote));
		quotes.push({ part, quote });
	}
	return quotes;
}
