// Reading the receipts in pasted text and files. Pasted text is read a line at a time: each
// receipt code or link in a line is a piece, and a line with none is one piece, rejected. A
// student can send anything as a "receipt file", so reading is bounded: at most
// MAX_RECEIPTS_READ codes are decoded per import, only the first MAX_REPORTED rejections are
// kept with their reason (the rest are counted), and the asynchronous reader gives the browser
// a turn between chunks so the page keeps answering. The parts of a long receipt (its sequence of
// QR codes) pasted together make one piece, where the first of them is.
import { yieldToBrowser } from '$lib/schedule';
import { codePart, type DecodeError } from './codec';
import { MAX_RECEIPTS_READ, MAX_REPORTED } from './limits';
import { decodeReceipt, RECEIPT_FILE_FORMAT, type Receipt } from './receipt';
import { joinParts } from './receipt-assembler';

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
	/**
	 * The text of each piece, by index, to quote a rejected one and give back what was not
	 * added: a line, a code or link, or a file's code. '' for a file's item that is no code.
	 */
	pieces: string[];
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
const NO_CODE: DecodeError = { kind: 'malformed', message: 'This is not a receipt code or link.' };

/** A piece to read: a code to decode, or what is wrong with it. */
interface Piece {
	text: string;
	code?: string;
	error?: (now: number) => DecodeError;
	/** A part of a long receipt, to join with the others (see `joinedParts`). */
	part?: boolean;
}

function isReceiptFile(item: unknown): item is { format: string; code: string } {
	if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
	const { format, code } = item as Record<string, unknown>;
	return (
		Object.hasOwn(item, 'format') && format === RECEIPT_FILE_FORMAT && typeof code === 'string'
	);
}

/** Whether decoding costs real work (inflating and checking): a receipt code's shape. */
function looksLikeCode(text: string): boolean {
	return /^R\d{1,4}\./.test(codePart(text));
}

/** The pieces of a receipt file: its codes, and an error for each item that is not one. */
function fileCodes(text: string): Piece[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return [{ text, error: () => DAMAGED_FILE }];
	}
	const items: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
	return items.map((item): Piece => {
		if (!isReceiptFile(item)) return { text: '', error: () => NOT_RECEIPT };
		const { code } = item;
		return looksLikeCode(code) ? { text: code, code } : { text: code, error: reason(code) };
	});
}

/** A receipt code, or any code (an assignment link's), and what comes after it in the word. */
const RECEIPT_CODE = /(?:^|[^A-Za-z0-9_-])(R\d{1,4}\..*)$/;
const ANY_CODE = /(?:^|[^A-Za-z0-9_-])([A-Z]\d{1,4}\..*)$/;
const PART = /(?:^|[^A-Za-z0-9_.-])(RP\.\d.*)$/;

/**
 * The code in a word of pasted text, with what surrounds it taken off: a link's address,
 * quotes, brackets, a full stop. A code's body is base64url, so no code ends in those; and it
 * is longer than "R2.1", which is more likely a rule number than a code.
 */
function codeIn(word: string, shape: RegExp): string | null {
	const tail = word.slice(word.lastIndexOf('#') + 1);
	const code = shape.exec(tail)?.[1]?.replace(/[^A-Za-z0-9_-]+$/, '') ?? '';
	return /^[A-Z]\d{1,4}\..{4}/.test(code) ? code : null;
}

/** A part of a long receipt in a word, taken out as `codeIn` takes out a code. */
function partIn(word: string): string | null {
	const tail = word.slice(word.lastIndexOf('#') + 1);
	return PART.exec(tail)?.[1]?.replace(/[^A-Za-z0-9_-]+$/, '') ?? null;
}

/** The pieces of one line: each receipt code or link in it, or else the whole line. */
function lineCodes(line: string): Piece[] {
	// Commas and semicolons are in no code or link: a list of codes may use them.
	const words = line.split(/[\s,;]+/);
	const codes = words.flatMap((word): Piece[] => {
		// A part is read first: the first part of a receipt holds the start of its code.
		const part = partIn(word);
		const code = part ? null : codeIn(word, RECEIPT_CODE);
		return part ? [{ text: part, part: true }] : code ? [{ text: code, code }] : [];
	});
	if (codes.length) return codes;
	// Another kind of code (an assignment link) is named as such; anything else is not a code.
	const other = words.map((word) => codeIn(word, ANY_CODE)).find(Boolean);
	return [{ text: line, error: other ? reason(other) : () => NO_CODE }];
}

/** Receipt codes or links, a line at a time, or the text of a receipt file. */
function piecesOf(text: string): Piece[] {
	const trimmed = text.trim();
	// A code never starts with a bracket, so bracketed text is a file.
	if (/^[[{]/.test(trimmed)) return fileCodes(trimmed);
	const pieces = trimmed.split(/\r\n|[\n\r\u2028\u2029]/).flatMap((line) => {
		const flat = line.trim();
		return flat ? lineCodes(flat) : [];
	});
	return joinedParts(pieces);
}

/** Each receipt in parts as one piece where its first part is: its whole code, or why not. */
function joinedParts(pieces: Piece[]): Piece[] {
	const at = pieces.flatMap((piece, i) => (piece.part ? [i] : []));
	if (!at.length) return pieces;
	const groups = joinParts(at.map((i) => pieces[i]?.text ?? ''));
	const byFirst = new Map(groups.map((group) => [at[group.at[0] ?? 0], group]));
	return pieces.flatMap((piece, i): Piece[] => {
		const group = byFirst.get(i);
		if (!piece.part || !group) return piece.part ? [] : [piece];
		const text = group.at.map((k) => pieces[at[k] ?? 0]?.text).join('\n');
		const error: DecodeError = { kind: 'corrupt', message: group.message ?? '' };
		return [group.code ? { text, code: group.code } : { text, error: () => error }];
	});
}

/** Reads each text in turn, yielding progress after each chunk of work; returns one read each. */
function* reading(
	texts: readonly string[],
	now: number,
	limit: number
): Generator<ReadProgress, TextRead[]> {
	const all = texts.map(piecesOf);
	const codes = all.reduce((n, pieces) => n + pieces.filter((p) => p.code !== undefined).length, 0);
	const progress = { done: 0, total: Math.min(limit, codes) };
	let work = 0;
	const reads: TextRead[] = [];
	for (const pieces of all) {
		const read: TextRead = {
			receipts: [],
			indexes: [],
			errors: [],
			rejected: 0,
			notRead: 0,
			pieces: pieces.map((p) => p.text)
		};
		// The reason is worked out only for the rejections that are kept.
		const reject = (index: number, error: () => DecodeError) => {
			read.rejected += 1;
			if (read.errors.length < MAX_REPORTED) read.errors.push({ index, error: error() });
		};
		if (!pieces.length) reject(0, () => EMPTY);
		for (const [index, piece] of pieces.entries()) {
			if (piece.code === undefined) {
				reject(index, () => piece.error?.(now) ?? NOT_RECEIPT);
				work += 1 / 100;
			} else if (progress.done >= limit) {
				read.notRead += 1;
				work += 1 / 100;
			} else {
				const decoded = decodeReceipt(piece.code, now);
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

/** Why a piece that is no receipt code was rejected, worked out when it is reported. */
function reason(text: string): (now: number) => DecodeError {
	return (now) => {
		const decoded = decodeReceipt(text, now);
		return decoded.ok ? NOT_RECEIPT : decoded.error;
	};
}

/**
 * Every receipt in pasted text: codes or links, one or more in a line, or the text of a receipt
 * file (one receipt or an array). Each piece is decoded on its own; `index` counts pieces. At
 * once, for small texts; the gradebook uses `readReceipts`.
 */
export function receiptsFromText(
	text: string,
	{ now = Date.now(), limit = MAX_RECEIPTS_READ } = {}
): TextRead {
	const steps = reading([text], now, limit);
	let step = steps.next();
	while (!step.done) step = steps.next();
	return (
		step.value[0] ?? { receipts: [], indexes: [], errors: [], rejected: 0, notRead: 0, pieces: [] }
	);
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
