// Class lists: a teacher's classes, each a name and its students, and how receipts are matched
// to the students on a list. Plain code with no decoding, so the gradebook can use it at once.
import { comparableText } from '$lib/text/visible';
import { compareText } from '$lib/text/compare';
import type { StudentRow } from './gradebook';
import { studentKey } from './identity';

export const MAX_CLASS_NAME = 80;
export const MAX_STUDENT_NAME = 80;
export const MAX_STUDENTS = 200;

/** A class as the teacher keeps it on this device. */
export interface ClassList {
	id: string;
	name: string;
	/** As the teacher typed them, in their order. */
	students: string[];
	/** Names receipts came with that the teacher matched to a student: `rosterKey` → student. */
	aliases: Record<string, string>;
	createdAt: number;
	updatedAt: number;
}

/**
 * A name reduced for matching: case, accents, spacing and invisible characters set aside, so
 * "Zoë  Lambert", "zoe lambert" and "ZOE LAMBERT " are one student.
 */
export function rosterKey(name: string): string {
	return comparableText(name.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
}

/** The class list whose name is the assignment's class, if the teacher keeps one. */
export function classOf<T extends Pick<ClassList, 'name'>>(
	classes: readonly T[],
	className: string
): T | null {
	const key = rosterKey(className);
	return key ? (classes.find((c) => rosterKey(c.name) === key) ?? null) : null;
}

export interface RosterDraft {
	name: string;
	/** Pasted or typed: one student a line. */
	students: string;
}

export type RosterCheck =
	| { ok: true; name: string; students: string[]; merged: string[] }
	| { ok: false; errors: Partial<Record<'name' | 'students', string>> };

/**
 * The class a form describes, or a message for each field that is wrong. Blank lines are
 * skipped and each name is tidied; a name listed twice (by `rosterKey`) is kept once and named
 * in `merged`. `others` are the teacher's other classes, whose names this one may not take.
 */
export function checkRoster(draft: RosterDraft, others: readonly ClassList[]): RosterCheck {
	const errors: Partial<Record<'name' | 'students', string>> = {};
	const name = comparableText(draft.name);
	if (!name) errors.name = 'Give the class a name, such as 10B.';
	else if ([...name].length > MAX_CLASS_NAME)
		errors.name = `Keep the class name to ${MAX_CLASS_NAME} characters.`;
	else if (classOf(others, name)) errors.name = `You already have a class called “${name}”.`;

	const seen = new Map<string, string>();
	const merged: string[] = [];
	const long: string[] = [];
	for (const line of draft.students.split(/\r?\n/)) {
		const student = comparableText(line);
		if (!student) continue;
		if ([...student].length > MAX_STUDENT_NAME) long.push(student);
		const key = rosterKey(student);
		if (seen.has(key)) merged.push(student);
		else seen.set(key, student);
	}
	const students = [...seen.values()];
	if (!students.length) errors.students = 'Add at least one student: one name a line.';
	else if (long.length)
		errors.students = `Keep each name to ${MAX_STUDENT_NAME} characters (“${[...(long[0] ?? '')].slice(0, 24).join('')}…” is longer).`;
	else if (students.length > MAX_STUDENTS)
		errors.students = `A class can have up to ${MAX_STUDENTS} students (this list has ${students.length}).`;
	if (errors.name || errors.students) return { ok: false, errors };
	return { ok: true, name, students, merged };
}

/** One student on the list, with their best result of those that count, if any. */
export interface RosterRow {
	student: string;
	result: StudentRow | null;
}

/** Who on the list a receipt's name is: by name, or by a match the teacher made. */
export function studentOnList(list: ClassList, name: string): string | null {
	const key = rosterKey(name);
	const byName = list.students.find((s) => rosterKey(s) === key);
	if (byName) return byName;
	const alias = Object.hasOwn(list.aliases, key) ? list.aliases[key] : undefined;
	return alias && list.students.includes(alias) ? alias : null;
}

/**
 * Whether a receipt's name is the gradebook row `student`'s: on a class list, any name matched
 * to them; without one, the same name as the gradebook groups names (`studentKey`).
 */
export function namesOf(list: ClassList | null, student: string): (name: string) => boolean {
	if (list) return (name) => studentOnList(list, name) === student;
	const key = studentKey(student);
	return (name) => studentKey(name) === key;
}

/**
 * Every student on the list, in the list's order, each with the best of the results matched
 * to them; and the results whose names match no one on the list.
 */
export function rosterRows(
	list: ClassList,
	rows: readonly StudentRow[]
): { onList: RosterRow[]; strangers: StudentRow[] } {
	const results = new Map<string, StudentRow>();
	const strangers: StudentRow[] = [];
	for (const row of rows) {
		const student = studentOnList(list, row.student);
		if (!student) {
			strangers.push(row);
			continue;
		}
		const before = results.get(student);
		results.set(student, before ? bestOf(before, row) : row);
	}
	return {
		onList: list.students.map((student) => ({ student, result: results.get(student) ?? null })),
		strangers: strangers.sort((a, b) => compareText(a.student, b.student))
	};
}

/** Two rows for one student (sent under two spellings): the better result, all receipts counted. */
function bestOf(a: StudentRow, b: StudentRow): StudentRow {
	const better =
		b.percent > a.percent || (b.percent === a.percent && b.finishedAt < a.finishedAt) ? b : a;
	return {
		...better,
		attemptsUsed: Math.max(a.attemptsUsed, b.attemptsUsed),
		receipts: a.receipts + b.receipts
	};
}

export interface RosterSummary {
	total: number;
	done: number;
	passed: number;
	below: number;
	late: number;
	missing: number;
}

export function rosterSummary(onList: readonly RosterRow[]): RosterSummary {
	const done = onList.flatMap((r) => r.result ?? []);
	return {
		total: onList.length,
		done: done.length,
		passed: done.filter((r) => r.status === 'passed').length,
		below: done.filter((r) => r.status === 'below-pass').length,
		late: done.filter((r) => r.late).length,
		missing: onList.length - done.length
	};
}
