import * as v from 'valibot';
import { visibleText } from '$lib/text/visible';
import { codePart, fail, packChecked, unpackChecked, type DecodeError } from './codec';
import { MAX_ATTEMPTS_USED, receiptProblem } from './plausible';
import { filePart } from '$lib/text/file-name';
import { MAX_TITLE } from './limits';

export const MAX_RECEIPT_CHARS = 12000;
export const MAX_ANSWER_CHARS = 200;
/** Longer names do not decode: a form asking for a name should limit it to this. */
export const MAX_STUDENT_CHARS = 60;
export const RECEIPT_FILE_FORMAT = 'chipwise-receipt';
const PREFIX = 'R';
/** R2 carries the assignment's title; R1 (before it did) is still read. */
const VERSION = 2;
const VERSIONS = [1, 2] as const;

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
	/** The assignment's title, so a receipt opened where the assignment is not is named. */
	title?: string;
}

export type ReceiptDecoded = { ok: true; receipt: Receipt } | { ok: false; error: DecodeError };

const finite = v.pipe(v.number(), v.finite());
/** Within the range a Date can hold, so that every timestamp can be shown. */
const time = v.pipe(v.number(), v.minValue(0), v.maxValue(8.64e15));
const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const text = (min: number, max: number) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));

/** A positional array on the wire, like assignments: receipts may be shown as QR codes. */
const Fields = [
	v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,32}$/)), // assignmentId
	// student: shown as text, without the invisible characters that could hide or reverse it
	v.pipe(
		v.string(),
		v.maxLength(4 * MAX_STUDENT_CHARS),
		v.transform(visibleText),
		v.maxLength(MAX_STUDENT_CHARS)
	),
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
	v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ATTEMPTS_USED)), // attemptsUsed
	text(1, 80), // appVersion
	text(1, 80) // contentVersion
] as const;
const TitleSchema = v.pipe(
	v.string(),
	v.maxLength(4 * MAX_TITLE),
	v.transform(visibleText),
	v.maxLength(MAX_TITLE)
);
/** R1's fields; R2 adds the title. */
const WireV1 = v.strictTuple(Fields);
const WireV2 = v.strictTuple([...Fields, TitleSchema]);
type Wire = v.InferOutput<typeof WireV1> | v.InferOutput<typeof WireV2>;

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
		r.contentVersion,
		...(r.title === undefined ? [] : [r.title])
	] as Wire;
}

function fromWire(w: Wire): Receipt {
	const [assignmentId, student, [credit, total, percent], results] = w;
	const [, , , , timeMs, startedAt, finishedAt, attemptsUsed, appVersion, contentVersion] = w;
	const title = w[10];
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
		contentVersion,
		...(title ? { title } : {})
	};
}

/**
 * The receipt as an 'R1.' code. Answers are cut to 200 characters, and shorter still when a
 * long test would otherwise make a code too long to decode; scores and credits are never cut.
 */
export function encodeReceipt(r: Receipt): string {
	let code = '';
	for (const answerChars of [MAX_ANSWER_CHARS, 80, 30, 0]) {
		code = packChecked(PREFIX, toWire(r, answerChars), r.title === undefined ? 1 : VERSION);
		if (code.length <= MAX_RECEIPT_CHARS) break;
	}
	return code;
}

/** A receipt from outside, checked; `now` is when it arrives, to refuse dates in the future. */
export function decodeReceipt(code: string, now = Date.now()): ReceiptDecoded {
	const unpacked = unpackChecked(
		PREFIX,
		VERSIONS,
		code,
		MAX_RECEIPT_CHARS,
		'This receipt has been changed or damaged since it was made.'
	);
	if (!unpacked.ok) return unpacked;
	const v2 = codePart(code).startsWith(`${PREFIX}2.`);
	const parsed = v.safeParse(v2 ? WireV2 : WireV1, unpacked.value);
	const receipt = parsed.success ? fromWire(parsed.output) : null;
	const problem = receipt
		? receiptProblem(receipt, now)
		: "This receipt doesn't hold a result Chipwise can read. Ask the student to send it again.";
	if (!receipt || problem) return fail('invalid', problem ?? '');
	return { ok: true, receipt };
}

/** A file to save or send; `title` names the assignment in the file name when known. */
export function receiptFile(r: Receipt, title?: string): { name: string; text: string } {
	const student = filePart(r.student, 'student');
	const what = filePart(title ?? r.title ?? '', filePart(r.assignmentId, 'assignment'));
	const text = JSON.stringify({ format: RECEIPT_FILE_FORMAT, code: encodeReceipt(r) }, null, 2);
	return { name: `receipt-${student}-${what}.json`, text: `${text}\n` };
}
