// Sorting names as a reader expects, without `Intl.Collator` or `localeCompare`: the first use
// of either loads the browser's locale data, one task of 15–30 ms here (see dates.ts).

/** Text for comparing: accents, case and runs of spaces set aside ("  Élodie " → "elodie"). */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const pieces = (text: string) => text.match(/\d+|\D+/g) ?? [];

/**
 * Alphabetical order that ignores accents and case and reads numbers as numbers ("Student 2"
 * before "Student 10"); texts that differ only there keep a fixed order by their raw text.
 */
export function compareText(a: string, b: string): number {
	const x = pieces(foldText(a));
	const y = pieces(foldText(b));
	for (let i = 0; i < Math.min(x.length, y.length); i++) {
		const p = x[i] as string;
		const q = y[i] as string;
		if (p === q) continue;
		const numbers = /^\d/.test(p) && /^\d/.test(q);
		if (numbers && Number(p) !== Number(q)) return Number(p) - Number(q);
		return p < q ? -1 : 1;
	}
	if (x.length !== y.length) return x.length - y.length;
	return a < b ? -1 : a > b ? 1 : 0;
}
