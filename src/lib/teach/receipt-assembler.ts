// Putting the parts of long receipts back together (see receipt-parts.ts), for the gradebook's
// scanner and its paste box: parts come in any order, from outside, and are checked before a
// whole code is given.
import { checksum } from './codec';
import { AGAIN, readPart, type ReceiptPart } from './receipt-parts';

/** Receipts with parts still to come that an assembler keeps: the oldest goes first. */
const MAX_OPEN = 10;

/** What adding one part came to. */
export type Assembled =
	/** A part not had before; `have` parts of `count` are in. */
	| { kind: 'part'; index: number; count: number; have: number }
	/** A part already had, or of a receipt already whole or refused: nothing to say. */
	| { kind: 'same' }
	/** The last part came: the whole receipt code. */
	| { kind: 'whole'; code: string }
	| { kind: 'refused'; message: string };

/** Collects the parts of receipts as they come, in any order, and gives each whole code once. */
export class PartAssembler {
	#open = new Map<string, { count: number; slices: (string | undefined)[]; have: number }>();
	#closed = new Set<string>();

	/** Adds a part from a code or link. */
	add(text: string): Assembled {
		const read = readPart(text);
		return read.ok ? this.addPart(read.part) : { kind: 'refused', message: read.message };
	}

	addPart({ index, count, id, slice }: ReceiptPart): Assembled {
		if (this.#closed.has(id)) return { kind: 'same' };
		let open = this.#open.get(id);
		if (!open) {
			open = { count, slices: [], have: 0 };
			if (this.#open.size >= MAX_OPEN) this.#open.delete(this.#open.keys().next().value ?? '');
			this.#open.set(id, open);
		}
		if (count !== open.count) {
			return {
				kind: 'refused',
				message: `This code says its receipt has ${count} parts, but another of its codes said ${open.count}. ${AGAIN}`
			};
		}
		const had = open.slices[index - 1];
		if (had === slice) return { kind: 'same' };
		if (had !== undefined) {
			return {
				kind: 'refused',
				message: `Part ${index} of ${count} of this receipt was read before with something else in it. ${AGAIN}`
			};
		}
		open.slices[index - 1] = slice;
		open.have += 1;
		if (open.have < count) return { kind: 'part', index, count, have: open.have };
		this.#open.delete(id);
		this.#closed.add(id);
		const code = open.slices.join('');
		return checksum(code) === id
			? { kind: 'whole', code }
			: {
					kind: 'refused',
					message: `These ${count} codes do not make up one whole receipt: one of them was changed. ${AGAIN}`
				};
	}
}

/** The parts of one receipt in a list of texts, and what they came to. */
export interface PartGroup {
	/** Where its parts are in the list. */
	at: number[];
	code?: string;
	message?: string;
}

/**
 * The receipts in parts among `texts` (each a part's code or link), in the order their first
 * part comes: each whole code, or why there is none. A receipt made whole counts even when a
 * stray code claimed to belong to it.
 */
export function joinParts(texts: readonly string[]): PartGroup[] {
	const byId = new Map<string, Joining>();
	const out: Joining[] = [];
	texts.forEach((text, i) => {
		const read = readPart(text);
		if (!read.ok) {
			out.push({ at: [i], message: read.message });
			return;
		}
		let group = byId.get(read.part.id);
		if (!group) {
			group = { at: [], assembler: new PartAssembler() };
			byId.set(read.part.id, group);
			out.push(group);
		}
		group.at.push(i);
		const added = group.assembler?.addPart(read.part);
		if (added?.kind === 'whole') group.code = added.code;
		else if (added?.kind === 'part') group.progress = added;
		else if (added?.kind === 'refused') group.refused ??= added.message;
	});
	return out.map(({ at, code, message, refused, progress }) =>
		code ? { at, code } : { at, message: message ?? refused ?? missing(progress) }
	);
}

interface Joining extends PartGroup {
	assembler?: PartAssembler;
	progress?: { index: number; count: number; have: number };
	refused?: string;
}

function missing({ index, count, have } = { index: 0, count: 0, have: 0 }): string {
	const here =
		have === 1
			? `This is part ${index} of ${count} of a receipt.`
			: `Only ${have} of the ${count} parts of a receipt are here.`;
	return `${here} Paste all ${count} parts, or scan them with the gradebook's scanner.`;
}
