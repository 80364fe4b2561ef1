// A receipt too long for one QR code that a phone reads from arm's length travels as a short
// sequence of codes, each a receipt link whose code is a part: `RP.<k>.<n>.<id>.<slice>`, part k
// of n, `id` the checksum of the whole code (so the parts of two students' receipts never mix)
// and `slice` the k-th piece of the code. Parts come from outside: each is checked, their
// number and size are capped, and the joined code must have the checksum the parts name
// (receipt-assembler.ts: only the gradebook loads it).
import { checksum, codePart } from './codec';

/**
 * The longest text one QR code of a receipt holds. At ECC L, 640 characters need a version 18
 * code: 89 modules, 97 with the quiet zone. The student's page draws it 260 CSS px wide, about
 * 48 mm on a phone, so a module is 0.5 mm: a 1080p camera preview 40 cm away (a 65° view, 0.27
 * mm a pixel) sees each module over about two pixels, the least decoders read reliably. Single
 * codes of long receipts reach versions 22–40 (modules of 0.27–0.4 mm), read only held close.
 */
export const MAX_QR_CHARS = 640;
/** A receipt in more parts than this is refused: ours of 12,000 characters take 20. */
export const MAX_PARTS = 20;
/** A part's slice of the code: ours are under MAX_QR_CHARS, a longer one is refused unread. */
export const MAX_SLICE_CHARS = 1000;

const PREFIX = 'RP.';
/** One spelling a part: no leading zeros, the checksum in lower case. */
const SHAPE = /^RP\.([1-9]\d?)\.([1-9]\d?)\.([0-9a-f]{8})\.([A-Za-z0-9._-]+)$/;
export const AGAIN = 'Ask the student to show their codes again.';

export interface ReceiptPart {
	/** From 1. */
	index: number;
	count: number;
	id: string;
	slice: string;
}

export type PartRead = { ok: true; part: ReceiptPart } | { ok: false; message: string };

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
