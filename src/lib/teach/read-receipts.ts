// Reading the receipts in pasted text and files. A student can send anything as a "receipt
// file", so reading is bounded: at most MAX_RECEIPTS_READ codes are decoded per import, only
// the first MAX_REPORTED rejections are kept with their reason (the rest are counted), and the
// asynchronous reader gives the browser a turn between chunks so the page keeps answering.
import { yieldToBrowser } from '$lib/schedule';
import { codePart, type DecodeError } from './codec';
import { MAX_RECEIPTS_READ, MAX_REPORTED } from './limits';
import { decodeReceipt, RECEIPT_FILE_FORMAT, type Receipt } from './receipt';

/** Codes decoded between two turns of the browser; cheap pieces count 1/100 of one. */
const CHUNK = 20;

export interface TextRead {
	receipts: Receipt[];
	/** The piece each receipt came from, counted from 0 within its text. */
	indexes: number[];
	/** The first MAX_REPORTED pieces that are not receipts, with the reason. */
	errors: { index: number; error: DecodeError }[];
	/** How many pieces are not receipts, those in `errors` included. */
	rejected: number;
	/** Pieces that look like receipt codes but were not read: past MAX_RECEIPTS_READ. */
	notRead: number;
}

export interface ReadProgress {
	/** Codes decoded so far. */
	done: number;
	/** Codes to decode in all: at most MAX_RECEIPTS_READ. */
	total: number;
}

const NOT_RECEIPT: DecodeError = {
	kind: 'malformed',
	message: 'This is not a Chipwise receipt file.'
};
const DAMAGED_FILE: DecodeError = {
	kind: 'corrupt',
	message: 'This receipt file is damaged or incomplete. Ask the student to send it again.'
};
const EMPTY: DecodeError = { kind: 'empty', message: 'There is no receipt code here.' };

function isReceiptFile(item: unknown): item is { format: string; code: string } {
	if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
	const { format, code } = item as Record<string, unknown>;
	return (
		Object.hasOwn(item, 'format') && format === RECEIPT_FILE_FORMAT && typeof code === 'string'
	);
}

/** The codes in a receipt file, an error for each item that is not one. */
function codesFromFile(text: string): (string | DecodeError)[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return [DAMAGED_FILE];
	}
	const items: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
	return items.map((item) => (isReceiptFile(item) ? item.code : NOT_RECEIPT));
}

/** Codes or links separated by spaces or new lines, or the text of a receipt file. */
function piecesOf(text: string): (string | DecodeError)[] {
	const trimmed = text.trim();
	// A code never starts with a bracket, so bracketed text is a file.
	return /^[[{]/.test(trimmed) ? codesFromFile(trimmed) : trimmed.split(/\s+/).filter(Boolean);
}

/** Whether decoding a piece costs real work (inflating and checking): a receipt code's shape. */
function looksLikeCode(piece: string | DecodeError): piece is string {
	return typeof piece === 'string' && /^R\d{1,4}\./.test(codePart(piece));
}

/** Reads each text in turn, yielding progress after each chunk of work; returns one read each. */
function* reading(
	texts: readonly string[],
	now: number,
	limit: number
): Generator<ReadProgress, TextRead[]> {
	const all = texts.map(piecesOf);
	const codes = all.reduce((n, pieces) => n + pieces.filter(looksLikeCode).length, 0);
	const progress = { done: 0, total: Math.min(limit, codes) };
	let work = 0;
	const reads: TextRead[] = [];
	for (const pieces of all) {
		const read: TextRead = { receipts: [], indexes: [], errors: [], rejected: 0, notRead: 0 };
		// The reason is worked out only for the rejections that are kept.
		const reject = (index: number, error: () => DecodeError) => {
			read.rejected += 1;
			if (read.errors.length < MAX_REPORTED) read.errors.push({ index, error: error() });
		};
		if (!pieces.length) reject(0, () => EMPTY);
		for (const [index, piece] of pieces.entries()) {
			if (!looksLikeCode(piece)) {
				reject(index, () => (typeof piece === 'string' ? decodeError(piece, now) : piece));
				work += 1 / 100;
			} else if (progress.done >= limit) {
				read.notRead += 1;
				work += 1 / 100;
			} else {
				const decoded = decodeReceipt(piece, now);
				if (decoded.ok) {
					read.receipts.push(decoded.receipt);
					read.indexes.push(index);
				} else reject(index, () => decoded.error);
				progress.done += 1;
				work += 1;
			}
			if (work >= CHUNK) {
				work = 0;
				yield { ...progress };
			}
		}
		reads.push(read);
	}
	return reads;
}

function decodeError(piece: string, now: number): DecodeError {
	const decoded = decodeReceipt(piece, now);
	return decoded.ok ? NOT_RECEIPT : decoded.error;
}

/**
 * Every receipt in pasted text: codes or links separated by spaces or new lines, or the text of
 * a receipt file (one receipt or an array). Each piece is decoded on its own; `index` counts
 * pieces. At once, for small texts; the gradebook uses `readReceipts`.
 */
export function receiptsFromText(
	text: string,
	{ now = Date.now(), limit = MAX_RECEIPTS_READ } = {}
): TextRead {
	const steps = reading([text], now, limit);
	let step = steps.next();
	while (!step.done) step = steps.next();
	return step.value[0] ?? { receipts: [], indexes: [], errors: [], rejected: 0, notRead: 0 };
}

/** Like `receiptsFromText` for several texts with one limit, in chunks that let the page answer. */
export async function readReceipts(
	texts: readonly string[],
	{
		now = Date.now(),
		limit = MAX_RECEIPTS_READ,
		onProgress,
		pause = yieldToBrowser
	}: {
		now?: number;
		limit?: number;
		onProgress?: (p: ReadProgress) => void;
		pause?: () => Promise<void>;
	} = {}
): Promise<TextRead[]> {
	const steps = reading(texts, now, limit);
	let step = steps.next();
	while (!step.done) {
		onProgress?.(step.value);
		await pause();
		step = steps.next();
	}
	return step.value;
}
