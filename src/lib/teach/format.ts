import { formatDuration } from '$lib/quiz/format';
import { filePart } from '$lib/text/file-name';
import { visibleText } from '$lib/text/visible';
import { localDay, moment, number, shortDate } from '$lib/text/dates';

/** A due date (YYYY-MM-DD), read as a local day: "Thu 3 Dec 2026". */
export function formatDue(due: string): string {
	return shortDate(localDay(due));
}

/** A moment: "3 Dec 2026, 14:05". */
export function formatWhen(ms: number): string {
	return moment(ms);
}

/** Text cut to about `max` characters at a word, with an ellipsis. */
export function shorten(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** A file name from a title: letters, digits and dashes only. */
export function fileName(title: string, extension: string): string {
	return `${filePart(title, 'gradebook', 60)}.${extension}`;
}

/** Facts about an assignment joined into one line: "Class 10B · 9 questions · Test". */
export function facts(...parts: (string | false | null | undefined)[]): string {
	return parts.filter(Boolean).join(' · ');
}

/** No receipt can say more than this (checked on import); older stored ones might. */
const MAX_TAKEN_MS = 100 * 365 * 24 * 3_600_000;

/** Time taken as the gradebook shows it: "42 s", "1 min 05 s", "3 h 07 min", or "unknown". */
export function formatTaken(ms: number): string {
	if (!Number.isFinite(ms) || ms < 0 || ms > MAX_TAKEN_MS) return 'unknown';
	const minutes = Math.round(ms / 60_000);
	if (minutes < 60) return formatDuration(ms);
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** Seconds for a spreadsheet, or null for a time no receipt can really hold. */
export function takenSeconds(ms: number): number | null {
	return formatTaken(ms) === 'unknown' ? null : Math.round(ms / 1000);
}

/**
 * Rejected pieces as the import report lists them. A piece with text is quoted on a line of its
 * own ("“R1.eJyrVkrOzy0oS…”"), so the teacher can find it in what they pasted; pieces with no
 * text (a file's items) side by side with the same reason read as one line ("Pieces 1–10: …"),
 * so a file of identical junk reads as one reason, not ten copies of it.
 */
export function reasonRuns(
	rejected: readonly { piece: number; message: string; text?: string }[]
): { pieces: string; message: string; quote?: string }[] {
	const runs: { numbers: number[]; message: string; quote?: string }[] = [];
	for (const { piece, message, text } of rejected) {
		const last = runs.at(-1);
		if (text) runs.push({ numbers: [piece], message, quote: quotePiece(text) });
		else if (last?.message === message && last.quote === undefined) last.numbers.push(piece);
		else runs.push({ numbers: [piece], message });
	}
	return runs.map(({ numbers, message, quote }) => ({
		pieces: pieceRanges(numbers),
		message,
		...(quote === undefined ? {} : { quote })
	}));
}

/** Pasted text quoted back: its first `max` characters, visible ones only, then "…". */
export function quotePiece(text: string, max = QUOTED_CHARS): string {
	// Enough to fill the quote once invisible characters are gone, without reading a whole line.
	const head = text.slice(0, 8 * max);
	const chars = [...visibleText(head)];
	if (chars.length <= max && head.length === text.length) return chars.join('');
	const cut = chars.slice(0, max).join('');
	// At a word where there is one late enough; a code has none and is cut anywhere.
	const space = cut.lastIndexOf(' ');
	const kept = space > cut.length / 2 ? cut.slice(0, space) : chars.slice(0, max - 1).join('');
	return `${kept.trimEnd()}…`;
}

/** About what a teacher needs to find a piece in what they pasted, and fits a phone's line. */
const QUOTED_CHARS = 24;

/** "Piece 3", "Pieces 1–10", "Pieces 2, 5–7". */
function pieceRanges(numbers: readonly number[]): string {
	const ranges: [number, number][] = [];
	for (const n of numbers) {
		const last = ranges.at(-1);
		if (last && n === last[1] + 1) last[1] = n;
		else ranges.push([n, n]);
	}
	const text = ranges
		.map(([a, b]) => (a === b ? number(a) : `${number(a)}–${number(b)}`))
		.join(', ');
	return `${numbers.length === 1 ? 'Piece' : 'Pieces'} ${text}`;
}
