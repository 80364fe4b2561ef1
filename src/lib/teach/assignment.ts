import * as v from 'valibot';
import { hasVisible, visibleText } from '$lib/text/visible';
import { codePart, fail, packChecked, unpackChecked, type DecodeError } from './codec';
import { MAX_TITLE } from './limits';
import {
	ASSIGNMENT_PREFIX,
	ASSIGNMENT_VERSIONS,
	MAX_ASSIGNMENT_CHARS,
	RETURN_WAYS,
	fromWire,
	toWire
} from './assignment-wire';

const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const questionId = v.pipe(v.string(), v.regex(ID_PATTERN), v.maxLength(80));
const text = (min: number, max: number) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));
/** A title or class as shown: invisible and bidi control characters removed, spaces collapsed. */
const shown = (max: number) => v.pipe(v.string(), v.maxLength(max), v.transform(visibleText));

export const AssignmentSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,32}$/)),
	title: v.pipe(shown(MAX_TITLE), v.check(hasVisible, 'A title needs something to read.')),
	className: shown(80),
	packId: questionId,
	packVersion: text(1, 40),
	questionIds: v.pipe(
		v.array(questionId),
		v.minLength(1),
		v.maxLength(100),
		v.check((ids) => new Set(ids).size === ids.length, 'A question is listed twice.')
	),
	mode: v.picklist(['practice', 'test']),
	due: v.nullable(v.pipe(v.string(), v.isoDate(), v.check(isRealDate, 'No such date.'))),
	passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	attemptsAllowed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
	shuffle: v.boolean(),
	createdAt: v.pipe(v.number(), v.finite()),
	/** Missing on assignments made before it was asked: every way is offered alike. */
	returnBy: v.optional(v.picklist(RETURN_WAYS))
});

export type Assignment = v.InferOutput<typeof AssignmentSchema>;

function isRealDate(date: string): boolean {
	const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
	const day = new Date(Date.UTC(y, m - 1, d));
	return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function newAssignmentId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	// 256 is a multiple of 64, so masking keeps every character equally likely.
	return Array.from(bytes, (b) => ID_ALPHABET[b & 63]).join('');
}

/** The wire (assignment-wire.ts), checked field by field before the schema checks content. */
const Fields = [
	v.string(),
	v.string(),
	v.string(),
	v.string(),
	v.string(),
	v.string(),
	v.picklist([0, 1]),
	v.nullable(v.string()),
	v.number(),
	v.number(),
	v.picklist([0, 1]),
	v.number()
] as const;
const WireV1Schema = v.strictTuple(Fields);
const WireV2Schema = v.strictTuple([...Fields, v.picklist([0, 1, 2])]);

export function encodeAssignment(a: Assignment): string {
	return packChecked(ASSIGNMENT_PREFIX, toWire(a), a.returnBy ? 2 : 1);
}

const INVALID =
	"This assignment link doesn't describe an assignment Chipwise can open. Ask your teacher for a new link.";

export function decodeAssignment(
	code: string
): { ok: true; assignment: Assignment } | { ok: false; error: DecodeError } {
	const unpacked = unpackChecked(
		ASSIGNMENT_PREFIX,
		ASSIGNMENT_VERSIONS,
		code,
		MAX_ASSIGNMENT_CHARS,
		'This assignment link has been changed or damaged since it was made. Ask your teacher for a new link.'
	);
	if (!unpacked.ok) return unpacked;
	const v2 = codePart(code).startsWith(`${ASSIGNMENT_PREFIX}2.`);
	const wire = v.safeParse(v2 ? WireV2Schema : WireV1Schema, unpacked.value);
	if (!wire.success) return fail('invalid', INVALID);
	const parsed = v.safeParse(AssignmentSchema, fromWire(wire.output));
	if (!parsed.success) return fail('invalid', INVALID);
	return { ok: true, assignment: parsed.output };
}

export function assignmentLink(origin: string, basePath: string, a: Assignment): string {
	return `${origin}${basePath}/a/#${encodeAssignment(a)}`;
}
