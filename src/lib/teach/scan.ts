// What the gradebook's camera scanner does with each text it reads: the receipt code in it,
// once per scanning session (a code held up to the camera is read on frame after frame), and
// what to tell the teacher about the import that followed. A long receipt comes as a sequence
// of codes, its parts (see receipt-parts.ts): each part read is noted, and once all are in, the
// whole code is imported as a single code is.
import { codePart } from './codec';
import { PartAssembler } from './receipt-assembler';
import { isPart } from './receipt-parts';

/** The code in a scanned text: the part after `#` in a link, or the text itself. */
export function scannedCode(text: string): string {
	return codePart(text);
}

/** The codes one scanning session has already handled, and the parts of receipts it holds. */
export class ScanSession {
	#seen = new Set<string>();
	#parts = new PartAssembler();

	/**
	 * The code to import, a note on a part of a receipt, or null when there is nothing new: no
	 * code, one this session already took, or a part it already has.
	 */
	take(text: string): string | ScanNote | null {
		const code = scannedCode(text);
		if (!code || this.#seen.has(code)) return null;
		this.#seen.add(code);
		if (!isPart(code)) return code;
		const added = this.#parts.add(code);
		if (added.kind === 'whole') return this.take(added.code);
		if (added.kind === 'refused')
			return { kind: 'rejected', student: null, message: added.message };
		return added.kind === 'part' ? added : null;
	}
}

/** The part of an import's outcome a scan note needs (see `importReceipts`). */
export interface ScanOutcome {
	stored: {
		status: 'added' | 'duplicate' | 'rejected';
		title: string | null;
		reason?: string;
		receipt: { student: string; score: { percent: number } };
	}[];
	sources: { rejected: { message: string }[] }[];
}

/** One line of the scanner's log. The student's name is outside data: render it as text. */
export type ScanNote =
	| { kind: 'added'; student: string; percent: number; elsewhere: boolean }
	| { kind: 'duplicate'; student: string }
	/** Part `index` of a receipt in `count` codes; `have` of them are in. */
	| { kind: 'part'; index: number; count: number; have: number }
	| { kind: 'rejected'; student: string | null; message: string };

/** What one scanned code came to: it holds a single receipt, or none. */
export function scanNote(outcome: ScanOutcome): ScanNote {
	const stored = outcome.stored[0];
	if (stored?.status === 'added') {
		const { student, score } = stored.receipt;
		return { kind: 'added', student, percent: score.percent, elsewhere: stored.title === null };
	}
	if (stored?.status === 'duplicate') return { kind: 'duplicate', student: stored.receipt.student };
	const message =
		stored?.reason ?? outcome.sources[0]?.rejected[0]?.message ?? 'This is not a Chipwise receipt.';
	return { kind: 'rejected', student: stored?.receipt.student ?? null, message };
}

/** The running count: "3 added", and "3 of 28" when the class size is known. */
export function tally(added: number, expected?: number): string {
	const of = expected ? ` · ${added} of ${expected}` : '';
	return `${added} added${of}`;
}
