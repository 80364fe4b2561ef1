import * as v from 'valibot';
import { fail, packChecked, unpackChecked, type DecodeError } from './codec';

export { receiptKey, studentKey } from './identity';

export { checksum } from './codec';

export const MAX_RECEIPT_CHARS = 12000;
export const MAX_ANSWER_CHARS = 200;
/** Longer names do not decode: a form asking for a name should limit it to this. */
export const MAX_STUDENT_CHARS = 60;
export const RECEIPT_FILE_FORMAT = 'chipwise-receipt';
const PREFIX = 'R';
const VERSION = 1;

export interface Receipt {
	assignmentId: string;
	student: string;
	score: { credit: number; total: number; percent: number };
	results: { questionId: string; credit: number; answer: string }[];
	timeMs: number;
	startedAt: number;
	finishedAt: number;
	attemptsUsed: number;
	appVersion: string;
	contentVersion: string;
}

export type ReceiptDecoded = { ok: true; receipt: Receipt } | { ok: false; error: DecodeError };

const finite = v.pipe(v.number(), v.finite());
/** Within the range a Date can hold, so that every timestamp can be shown. */
const time = v.pipe(v.number(), v.minValue(0), v.maxValue(8.64e15));
const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const text = (min: number, max: number) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));

/** A positional array on the wire, like assignments: receipts may be shown as QR codes. */
const WireSchema = v.strictTuple([
	v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,32}$/)), // assignmentId
	v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_STUDENT_CHARS)), // student
	v.strictTuple([
		finite,
		v.pipe(v.number(), v.integer()),
		v.pipe(v.number(), v.minValue(0), v.maxValue(100))
	]),
	v.pipe(
		v.array(
			v.strictTuple([
				v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/), v.maxLength(80)),
				unit,
				text(0, MAX_ANSWER_CHARS)
			])
		),
		v.minLength(1),
		v.maxLength(100)
	),
	v.pipe(v.number(), v.finite(), v.minValue(0)), // timeMs
	time, // startedAt
	time, // finishedAt
	v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999)), // attemptsUsed
	text(1, 80), // appVersion
	text(1, 80) // contentVersion
]);
type Wire = v.InferOutput<typeof WireSchema>;

/** Cuts text to `max` characters with an ellipsis, never inside a surrogate pair. */
function cap(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max === 0) return '';
	let cut = max - 1;
	if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
	return `${text.slice(0, cut)}…`;
}

function toWire(r: Receipt, answerChars: number): Wire {
	return [
		r.assignmentId,
		r.student,
		[r.score.credit, r.score.total, r.score.percent],
		r.results.map((x): [string, number, string] => [
			x.questionId,
			x.credit,
			cap(x.answer, answerChars)
		]),
		r.timeMs,
		r.startedAt,
		r.finishedAt,
		r.attemptsUsed,
		r.appVersion,
		r.contentVersion
	];
}

function fromWire(w: Wire): Receipt {
	const [assignmentId, student, [credit, total, percent], results] = w;
	const [, , , , timeMs, startedAt, finishedAt, attemptsUsed, appVersion, contentVersion] = w;
	return {
		assignmentId,
		student,
		score: { credit, total, percent },
		results: results.map(([questionId, c, answer]) => ({ questionId, credit: c, answer })),
		timeMs,
		startedAt,
		finishedAt,
		attemptsUsed,
		appVersion,
		contentVersion
	};
}

/** What the numbers must agree on, beyond each one's type and range. */
function consistent(r: Receipt): boolean {
	const sum = r.results.reduce((s, x) => s + x.credit, 0);
	const ids = new Set(r.results.map((x) => x.questionId));
	return (
		r.score.total === r.results.length &&
		ids.size === r.results.length &&
		Math.abs(r.score.credit - sum) <= 0.01 &&
		Math.abs(r.score.percent - (sum / r.score.total) * 100) <= 1 &&
		r.finishedAt >= r.startedAt
	);
}

/**
 * The receipt as an 'R1.' code. Answers are cut to 200 characters, and shorter still when a
 * long test would otherwise make a code too long to decode; scores and credits are never cut.
 */
export function encodeReceipt(r: Receipt): string {
	let code = '';
	for (const answerChars of [MAX_ANSWER_CHARS, 80, 30, 0]) {
		code = packChecked(PREFIX, toWire(r, answerChars));
		if (code.length <= MAX_RECEIPT_CHARS) break;
	}
	return code;
}

export function decodeReceipt(code: string): ReceiptDecoded {
	const unpacked = unpackChecked(
		PREFIX,
		VERSION,
		code,
		MAX_RECEIPT_CHARS,
		'This receipt has been changed or damaged since it was made.'
	);
	if (!unpacked.ok) return unpacked;
	const parsed = v.safeParse(WireSchema, unpacked.value);
	const receipt = parsed.success ? fromWire(parsed.output) : null;
	if (!receipt || !consistent(receipt)) {
		return fail(
			'invalid',
			"This receipt doesn't hold a result Chipwise can read. Ask the student to send it again."
		);
	}
	return { ok: true, receipt };
}

function safeFilePart(text: string, fallback: string): string {
	const safe = text
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}_-]+/gu, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^-+|-+$/g, '');
	return [...safe].slice(0, 40).join('').replace(/-+$/, '') || fallback;
}

/** A file to save or send; `title` names the assignment in the file name when known. */
export function receiptFile(r: Receipt, title?: string): { name: string; text: string } {
	const student = safeFilePart(r.student, 'student');
	const what = safeFilePart(title ?? '', safeFilePart(r.assignmentId, 'assignment'));
	const text = JSON.stringify({ format: RECEIPT_FILE_FORMAT, code: encodeReceipt(r) }, null, 2);
	return { name: `receipt-${student}-${what}.json`, text: `${text}\n` };
}

const NOT_RECEIPT: DecodeError = {
	kind: 'malformed',
	message: 'This is not a Chipwise receipt file.'
};
const DAMAGED_FILE: DecodeError = {
	kind: 'corrupt',
	message: 'This receipt file is damaged or incomplete. Ask the student to send it again.'
};

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

/**
 * Every receipt in pasted text: codes or links separated by spaces or new lines, or the text of
 * a receipt file (one receipt or an array). Each piece is decoded on its own; `index` counts pieces.
 */
export function receiptsFromText(text: string): {
	receipts: Receipt[];
	errors: { index: number; error: DecodeError }[];
} {
	const trimmed = text.trim();
	// A code never starts with a bracket, so bracketed text is a file.
	const pieces = /^[[{]/.test(trimmed)
		? codesFromFile(trimmed)
		: trimmed.split(/\s+/).filter(Boolean);
	const receipts: Receipt[] = [];
	const errors: { index: number; error: DecodeError }[] = [];
	pieces.forEach((piece, index) => {
		const decoded: ReceiptDecoded =
			typeof piece === 'string' ? decodeReceipt(piece) : { ok: false, error: piece };
		if (decoded.ok) receipts.push(decoded.receipt);
		else errors.push({ index, error: decoded.error });
	});
	if (!pieces.length) {
		errors.push({ index: 0, error: { kind: 'empty', message: 'There is no receipt code here.' } });
	}
	return { receipts, errors };
}
