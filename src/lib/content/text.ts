/** Collapses runs of whitespace to one space and trims, so line breaks never hide a quote. */
export function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export interface ParsedArticle {
	headline: string;
	caption?: string;
	paragraphs: string[];
}

// Site furniture that follows the article body in a saved page, not part of the article.
const TRAILING_CHROME = new Set(['Latest Headlines']);

/**
 * Reads an article saved as plain text: the headline on the first line, then the photo
 * caption block, then one paragraph per non-empty line.
 */
export function parseArticle(raw: string): ParsedArticle {
	const blocks = raw
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((b) => b.split('\n').map(normalizeSpace).filter(Boolean))
		.filter((b) => b.length > 0);
	const [head, captionBlock, ...rest] = blocks;
	const headline = head?.[0];
	if (!headline) throw new Error('The article has no headline on its first line.');
	const paragraphs = rest.flat().filter((line) => !TRAILING_CHROME.has(line));
	if (paragraphs.length === 0) throw new Error('The article has no body paragraphs.');
	return { headline, caption: captionBlock?.[0], paragraphs };
}

/** Where a quote stands in a list of paragraphs, whitespace aside; null when it does not. */
export function findQuote(
	paragraphs: readonly string[],
	quote: string
): { paragraph: number; start: number; end: number } | null {
	const needle = normalizeSpace(quote);
	if (!needle) return null;
	for (const [index, paragraph] of paragraphs.entries()) {
		const hay = normalizeSpace(paragraph);
		const start = hay.indexOf(needle);
		if (start >= 0) return { paragraph: index, start, end: start + needle.length };
	}
	return null;
}
