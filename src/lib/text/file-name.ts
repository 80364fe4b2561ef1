/**
 * A piece of a file name from text a person typed (a name, a title): letters, digits, `_`
 * and single dashes, at most `max` characters (never cut inside one), `fallback` if nothing
 * is left.
 */
export function filePart(text: string, fallback: string, max = 40): string {
	const safe = text
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}_-]+/gu, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^-+|-+$/g, '');
	return [...safe].slice(0, max).join('').replace(/-+$/, '') || fallback;
}
