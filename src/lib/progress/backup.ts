import * as v from 'valibot';
import type { Attempt, Response } from '$lib/quiz/attempt';
import { HeadSchema, ROW_SCHEMAS, TABLES, type Table } from './backup-schema';
import type { StoredCard } from './review-card';

export const BACKUP_FORMAT = 'chipwise-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** Everything one profile owns, plus the device's settings. */
export interface BackupData {
	profile: { id: string; name: string; createdAt: number };
	settings: { key: string; value: unknown }[];
	lessonProgress: { profileId: string; lessonId: string; moduleId: string; completedAt: number }[];
	attempts: Attempt[];
	responses: Response[];
	cards: StoredCard[];
	/**
	 * Packs added on the device that the learner studied, whole, so their answers mean
	 * something on the next device. Unchecked here (the pack checks load with the restore).
	 */
	packs?: unknown[];
}

export type Backup = BackupData & { appVersion: string; exportedAt: number };

export type BackupError = {
	kind:
		| 'too-large'
		| 'not-json'
		| 'foreign'
		| 'newer-version'
		| 'invalid'
		| 'no-name'
		| 'other-learner';
	/** A sentence for the student. */
	message: string;
};

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: BackupError };

/** The file's text. `format` comes first so the file says what it is when opened. */
export function createBackup(
	data: BackupData,
	meta: { appVersion: string; exportedAt: number }
): string {
	return JSON.stringify({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		appVersion: meta.appVersion,
		exportedAt: meta.exportedAt,
		profile: data.profile,
		settings: data.settings,
		lessonProgress: data.lessonProgress,
		attempts: data.attempts,
		responses: data.responses,
		cards: data.cards,
		...(data.packs?.length ? { packs: data.packs } : {})
	});
}

const fail = (kind: BackupError['kind'], message: string): ParsedBackup => ({
	ok: false,
	error: { kind, message }
});

const damaged = (detail: string) =>
	fail('invalid', `This backup is damaged or incomplete (${detail}).`);

/** Reads a backup file's text at once. Never throws: every problem is a `BackupError`. */
export function parseBackup(text: string): ParsedBackup {
	const steps = parseSteps(text);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * Reads a backup file's text in slices, telling `onProgress` the share done (0 to 1) and
 * letting the page paint and answer input between slices, so a 20 MB file does not freeze it.
 */
export async function parseBackupInSlices(
	text: string,
	onProgress: (done: number) => void = () => {}
): Promise<ParsedBackup> {
	const steps = parseSteps(text);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		onProgress(step.value);
		await yieldToPage();
	}
}

/** Hands the main thread back to the browser for a moment. */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Rows checked between two pauses: a few milliseconds of work on a slow phone. */
const SLICE = 2000;

/** The checks of `parseBackup`, pausing (yielding the share done) between slices of rows. */
function* parseSteps(text: string): Generator<number, ParsedBackup> {
	try {
		return yield* parseUnsafe(text);
	} catch {
		// Only pathological input gets here, such as nesting deep enough to overflow the stack.
		return damaged('its structure could not be read');
	}
}

function* parseUnsafe(text: string): Generator<number, ParsedBackup> {
	// Every UTF-16 unit is at least one UTF-8 byte: a long string is too large before encoding.
	if (text.length > MAX_BACKUP_BYTES || new TextEncoder().encode(text).length > MAX_BACKUP_BYTES) {
		return fail('too-large', 'This file is too large to be a Chipwise backup (over 20 MB).');
	}
	yield 0;
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return fail('not-json', 'This file is not a Chipwise backup: it cannot be read as data.');
	}
	const head: { format?: unknown; version?: unknown } =
		typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {};
	if (head.format !== BACKUP_FORMAT) {
		return fail('foreign', 'This file is not a Chipwise backup.');
	}
	if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
		return fail(
			'newer-version',
			'This backup was made by a newer version of Chipwise. Update the app, then try again.'
		);
	}
	yield 0;
	const top = v.safeParse(HeadSchema, json);
	if (!top.success) return invalid(top.issues[0], '');
	const o = top.output;
	const total = TABLES.reduce((sum, table) => sum + o[table].length, 0);
	let done = 0;
	const checked = {} as { [T in Table]: v.InferOutput<(typeof ROW_SCHEMAS)[T]>[] };
	for (const table of TABLES) {
		const schema: v.GenericSchema<unknown, { profileId: string }> = ROW_SCHEMAS[table];
		const out: { profileId: string }[] = [];
		for (const [index, row] of o[table].entries()) {
			if (done > 0 && done % SLICE === 0) yield done / total;
			done += 1;
			const result = v.safeParse(schema, row);
			if (!result.success) return invalid(result.issues[0], `${table}.${index}`);
			if (result.output.profileId !== o.profile.id) {
				return damaged(`${table}.${index}.profileId: this row belongs to another profile`);
			}
			out.push(result.output);
		}
		Object.assign(checked, { [table]: out });
	}
	const backup: Backup = {
		appVersion: o.appVersion,
		exportedAt: o.exportedAt,
		profile: o.profile,
		settings: o.settings,
		...checked,
		...(o.packs?.length ? { packs: o.packs } : {})
	};
	return { ok: true, backup };
}

/** The first problem found, with where it is: `responses.12.answer.type: …`. */
function invalid(issue: v.BaseIssue<unknown> | undefined, at: string): ParsedBackup {
	const inner = issue ? v.getDotPath(issue) : null;
	const path = [at, inner].filter(Boolean).join('.');
	const message = issue?.message ?? 'unexpected content';
	return damaged(path ? `${path}: ${message}` : message);
}
