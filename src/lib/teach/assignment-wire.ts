// An assignment as its link carries it, without the schema (valibot): what a page can read from
// a link before its scripts load (src/routes/a/intro-preview.ts). assignment.ts checks the same
// fields against the full schema before anything is kept or started.

/** The code's letter; A2 carries how results come back, A1 (before it did) is still read. */
export const ASSIGNMENT_PREFIX = 'A';
export const ASSIGNMENT_VERSIONS = [1, 2] as const;
export const MAX_ASSIGNMENT_CHARS = 4000;

/**
 * Between an assignment's code and the code of the pack it carries, in a link's fragment
 * (assignment-pack.ts): never in a code, and kept whole by links in chats and mail.
 */
export const FRAGMENT_SEPARATOR = '~';

/** The assignment's code and, when the link carries one, the pack's code. */
export function splitAssignmentFragment(text: string): { assignment: string; pack: string | null } {
	const at = text.indexOf(FRAGMENT_SEPARATOR);
	if (at < 0) return { assignment: text, pack: null };
	return { assignment: text.slice(0, at), pack: text.slice(at + 1) };
}

/** How a student sends their result back, as the teacher chose: the receipt shows it first. */
export const RETURN_WAYS = ['scan', 'chat', 'file'] as const;
export type ReturnWay = (typeof RETURN_WAYS)[number];

/**
 * On the wire an assignment is a positional array: field names would cost about 40 characters
 * of a link that has to stay short enough to share. The version in the code fixes the order:
 * id, title, className, packId, packVersion, questionIds (packed), mode (practice 0, test 1),
 * due, passMark, attemptsAllowed, shuffle (0 or 1), createdAt; A2 adds the way results come
 * back, as an index in RETURN_WAYS.
 */
export type WireV1 = [
	string,
	string,
	string,
	string,
	string,
	string,
	0 | 1,
	string | null,
	number,
	number,
	0 | 1,
	number
];
export type WireV2 = [...WireV1, 0 | 1 | 2];
export type Wire = WireV1 | WireV2;

/** The fields of an assignment as a link names them, before any check of their content. */
export interface WireAssignment {
	id: string;
	title: string;
	className: string;
	packId: string;
	packVersion: string;
	questionIds: string[];
	mode: 'practice' | 'test';
	due: string | null;
	passMark: number;
	attemptsAllowed: number;
	shuffle: boolean;
	createdAt: number;
	returnBy?: ReturnWay;
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

export function toWire(a: WireAssignment): Wire {
	const mode = a.mode === 'test' ? 1 : 0;
	const shuffle = a.shuffle ? 1 : 0;
	const ids = packQuestionIds(a.questionIds);
	const v1: WireV1 = [
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
		a.createdAt
	];
	return a.returnBy ? [...v1, RETURN_WAYS.indexOf(a.returnBy) as 0 | 1 | 2] : v1;
}

export function fromWire(w: Wire): WireAssignment {
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

const KINDS = [
	'string',
	'string',
	'string',
	'string',
	'string',
	'string',
	'number',
	'string',
	'number',
	'number',
	'number',
	'number',
	'number'
];

/**
 * The wire's shape, checked without the schema: each field of the right type, the small
 * numbers in range. The schema (assignment.ts) checks the rest before anything is kept.
 */
export function wireShape(value: unknown, length: 12 | 13): Wire | null {
	if (!Array.isArray(value) || value.length !== length) return null;
	const typed = value.every(
		(field: unknown, i) => typeof field === KINDS[i] || (i === 7 && field === null)
	);
	if (!typed) return null;
	const [mode, , passMark, attempts, shuffle, , way = 0] = value.slice(6) as number[];
	const within = (n: number | undefined, max: number) =>
		Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max;
	const ok =
		within(mode, 1) &&
		within(passMark, 100) &&
		within(attempts, 20) &&
		within(shuffle, 1) &&
		within(way, 2);
	return ok ? (value as Wire) : null;
}
