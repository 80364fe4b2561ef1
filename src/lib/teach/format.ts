/** A due date (YYYY-MM-DD) as the device's locale writes it, read as a local day. */
export function formatDue(due: string): string {
	const [y = 0, m = 1, d = 1] = due.split('-').map(Number);
	return new Date(y, m - 1, d).toLocaleDateString(undefined, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	});
}

/** A moment as the device's locale writes it, briefly: "12/03/2025, 14:05". */
export function formatWhen(ms: number): string {
	return new Date(ms).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

/** Text cut to about `max` characters at a word, with an ellipsis. */
export function shorten(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** "1 result", "3 results". */
export function count(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** A file name from a title: letters, digits and dashes only. */
export function fileName(title: string, extension: string): string {
	const safe = title
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}_-]+/gu, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${[...safe].slice(0, 60).join('').replace(/-+$/, '') || 'gradebook'}.${extension}`;
}

/** Facts about an assignment joined into one line: "Class 10B · 9 questions · Test". */
export function facts(...parts: (string | false | null | undefined)[]): string {
	return parts.filter(Boolean).join(' · ');
}
