import * as v from 'valibot';
import { hasVisible, visibleText } from '$lib/text/visible';
import { codePart, fail, packChecked, unpackChecked, type DecodeError } from './codec';
import { MAX_TITLE } from './limits';

export const MAX_ASSIGNMENT_CHARS = 4000;
const PREFIX = 'A';
/** A2 carries how results come back; A1 (before it did) is still read. */
const VERSIONS = [1, 2] as const;

/** How a student sends their result back, as the teacher chose: the receipt shows it first. */
export const RETURN_WAYS = ['scan', 'chat', 'file'] as const;
export type ReturnWay = (typeof RETURN_WAYS)[number];

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

/**
 * Question ids as runs of consecutive ids that share a module prefix: `the-ban.q07,q08,q09`
 * with runs joined by `;`. Ids never contain `,` or `;`, and order is kept.
 */
export function packQuestionIds(ids: readonly string[]): string {
	const runs: { prefix: string; suffixes: string[] }[] = [];
	for (const id of ids) {
		const dot = id.lastIndexOf('.');
		const prefix = dot < 0 ? '' : id.slice(0, dot);
		const suffix = id.slice(dot + 1);
		const last = runs.at(-1);
		if (last && last.prefix === prefix && prefix) last.suffixes.push(suffix);
		else runs.push({ prefix, suffixes: [suffix] });
	}
	return runs.map((r) => (r.prefix ? `${r.prefix}.` : '') + r.suffixes.join(',')).join(';');
}

export function unpackQuestionIds(packed: string): string[] {
	return packed.split(';').flatMap((run) => {
		const dot = run.lastIndexOf('.', run.indexOf(',') < 0 ? run.length : run.indexOf(','));
		const prefix = dot < 0 ? '' : run.slice(0, dot + 1);
		return run
			.slice(dot + 1)
			.split(',')
			.map((suffix) => prefix + suffix);
	});
}

/**
 * On the wire an assignment is a positional array: field names would cost about 40 characters
 * of a link that has to stay short enough to share. The version in the code fixes the order.
 */
const Fields = [
	v.string(), // id
	v.string(), // title
	v.string(), // className
	v.string(), // packId
	v.string(), // packVersion
	v.string(), // questionIds, packed
	v.picklist([0, 1]), // mode: practice, test
	v.nullable(v.string()), // due
	v.number(), // passMark
	v.number(), // attemptsAllowed
	v.picklist([0, 1]), // shuffle
	v.number() // createdAt
] as const;
const WireV1 = v.strictTuple(Fields);
/** A2 adds how results come back, as an index in RETURN_WAYS. */
const WireV2 = v.strictTuple([...Fields, v.picklist([0, 1, 2])]);
type Wire = v.InferOutput<typeof WireV1> | v.InferOutput<typeof WireV2>;

function toWire(a: Assignment): Wire {
	const mode = a.mode === 'test' ? 1 : 0;
	const shuffle = a.shuffle ? 1 : 0;
	const ids = packQuestionIds(a.questionIds);
	return [
		a.id,
		a.title,
		a.className,
		a.packId,
		a.packVersion,
		ids,
		mode,
		a.due,
		a.passMark,
		a.attemptsAllowed,
		shuffle,
		a.createdAt,
		...(a.returnBy ? [RETURN_WAYS.indexOf(a.returnBy)] : [])
	] as Wire;
}

function fromWire(w: Wire): unknown {
	const [id, title, className, packId, packVersion, ids, mode, due] = w;
	const [, , , , , , , , passMark, attemptsAllowed, shuffle, createdAt] = w;
	const way = w[12];
	return {
		id,
		title,
		className,
		packId,
		packVersion,
		questionIds: unpackQuestionIds(ids),
		mode: mode === 1 ? 'test' : 'practice',
		due,
		passMark,
		attemptsAllowed,
		shuffle: shuffle === 1,
		createdAt,
		...(way === undefined ? {} : { returnBy: RETURN_WAYS[way] })
	};
}

export function encodeAssignment(a: Assignment): string {
	return packChecked(PREFIX, toWire(a), a.returnBy ? 2 : 1);
}

const INVALID =
	"This assignment link doesn't describe an assignment Chipwise can open. Ask your teacher for a new link.";

export function decodeAssignment(
	code: string
): { ok: true; assignment: Assignment } | { ok: false; error: DecodeError } {
	const unpacked = unpackChecked(
		PREFIX,
		VERSIONS,
		code,
		MAX_ASSIGNMENT_CHARS,
		'This assignment link has been changed or damaged since it was made. Ask your teacher for a new link.'
	);
	if (!unpacked.ok) return unpacked;
	const v2 = codePart(code).startsWith(`${PREFIX}2.`);
	const wire = v.safeParse(v2 ? WireV2 : WireV1, unpacked.value);
	if (!wire.success) return fail('invalid', INVALID);
	const parsed = v.safeParse(AssignmentSchema, fromWire(wire.output));
	if (!parsed.success) return fail('invalid', INVALID);
	return { ok: true, assignment: parsed.output };
}

export function assignmentLink(origin: string, basePath: string, a: Assignment): string {
	return `${origin}${basePath}/a/#${encodeAssignment(a)}`;
}
