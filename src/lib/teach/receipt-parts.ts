// A receipt too long for one QR code that a phone reads from arm's length travels as a short
// sequence of codes, each a receipt link whose code is a part: `RP.<k>.<n>.<id>.<slice>`, part k
// of n, `id` the checksum of the whole code (so the parts of two students' receipts never mix)
// and `slice` the k-th piece of the code. Parts come from outside: each is checked, their
// number and size are capped, and the joined code must have the checksum the parts name.
import { checksum, codePart } from './codec';

/**
 * The longest text one QR code of a receipt holds. At ECC L, 640 characters need a version 18
 * code: 89 modules and 97 with the quiet zone. Shown about 55–60 mm wide on a phone (300–320
 * CSS px), a module is 0.6 mm, and a phone camera 40–60 cm away sees each over about two
 * pixels of a 1080p preview: the least decoders read reliably. Today's single codes of long
 * receipts reach versions 25–40 (a module of 0.3–0.45 mm), which read only held close.
 */
export const MAX_QR_CHARS = 640;
/** A receipt in more parts than this is refused: ours of 12,000 characters take 20. */
export const MAX_PARTS = 20;
/** A part's slice of the code: ours are under MAX_QR_CHARS, a longer one is refused unread. */
export const MAX_SLICE_CHARS = 1000;
/** Receipts with parts still to come that an assembler keeps: the oldest goes first. */
const MAX_OPEN = 10;

const PREFIX = 'RP.';
/** One spelling a part: no leading zeros, the checksum in lower case. */
const SHAPE = /^RP\.([1-9]\d?)\.([1-9]\d?)\.([0-9a-f]{8})\.([A-Za-z0-9._-]+)$/;
const AGAIN = 'Ask the student to show their codes again.';

export interface ReceiptPart {
	/** From 1. */
	index: number;
	count: number;
	id: string;
	slice: string;
}

export type PartRead = { ok: true; part: ReceiptPart } | { ok: false; message: string };

/** What adding one part came to. */
export type Assembled =
	/** A part not had before; `have` parts of `count` are in. */
	| { kind: 'part'; index: number; count: number; have: number }
	/** A part already had, or of a receipt already whole or refused: nothing to say. */
	| { kind: 'same' }
	/** The last part came: the whole receipt code. */
	| { kind: 'whole'; code: string }
	| { kind: 'refused'; message: string };

/** Whether a code or link holds a part of a receipt (checked or not). */
export function isPart(text: string): boolean {
	return codePart(text).startsWith(PREFIX);
}

/** A part from a code or link, checked; see `isPart` for whether it claims to be one. */
export function readPart(text: string): PartRead {
	const code = codePart(text);
	if (code.length > MAX_SLICE_CHARS + 20) {
		return { ok: false, message: 'This is too long to be part of a receipt.' };
	}
	const [, k = '', n = '', id = '', slice = ''] = SHAPE.exec(code) ?? [];
	const index = Number(k);
	const count = Number(n);
	if (!slice || count < 2 || count > MAX_PARTS || index > count) {
		return {
			ok: false,
			message: `This looks like part of a receipt but can't be read as one. ${AGAIN}`
		};
	}
	return { ok: true, part: { index, count, id, slice } };
}

/**
 * What the QR codes of a receipt link hold: the link itself when it fits one code, else its
 * parts, each a link to the same page. Every part has about the same length.
 */
export function receiptQrTexts(link: string, max = MAX_QR_CHARS): string[] {
	if (link.length <= max) return [link];
	const at = link.lastIndexOf('#') + 1;
	const base = link.slice(0, at);
	const code = link.slice(at);
	const id = checksum(code);
	const room = max - base.length - `${PREFIX}${MAX_PARTS}.${MAX_PARTS}.${id}.`.length;
	const size = Math.ceil(code.length / Math.min(MAX_PARTS, Math.ceil(code.length / room) || 1));
	const slices: string[] = [];
	for (let i = 0; i < code.length; i += size) slices.push(code.slice(i, i + size));
	return slices.map((s, i) => `${base}${PREFIX}${i + 1}.${slices.length}.${id}.${s}`);
}

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
