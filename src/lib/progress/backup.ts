import * as v from 'valibot';
import type { Attempt, Response } from '$lib/quiz/attempt';
import { BackupSchema } from './backup-schema';
import type { StoredCard } from './review-card';

export { planMerge } from './merge';
export type { MergePlan } from './merge';

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
}

export type Backup = BackupData & { appVersion: string; exportedAt: number };

export type BackupError = {
	kind: 'too-large' | 'not-json' | 'foreign' | 'newer-version' | 'invalid';
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
		cards: data.cards
	});
}

const fail = (kind: BackupError['kind'], message: string): ParsedBackup => ({
	ok: false,
	error: { kind, message }
});

const damaged = (detail: string) =>
	fail('invalid', `This backup is damaged or incomplete (${detail}).`);

/** Reads a backup file's text. Never throws: every problem is a `BackupError`. */
export function parseBackup(text: string): ParsedBackup {
	try {
		return parseUnsafe(text);
	} catch {
		// Only pathological input gets here, such as nesting deep enough to overflow the stack.
		return damaged('its structure could not be read');
	}
}

function parseUnsafe(text: string): ParsedBackup {
	// Every UTF-16 unit is at least one UTF-8 byte: a long string is too large before encoding.
	if (text.length > MAX_BACKUP_BYTES || new TextEncoder().encode(text).length > MAX_BACKUP_BYTES) {
		return fail('too-large', 'This file is too large to be a Chipwise backup (over 20 MB).');
	}
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
	const result = v.safeParse(BackupSchema, json);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue);
		return damaged(path ? `${path}: ${issue.message}` : issue.message);
	}
	const o = result.output;
	const backup: Backup = {
		appVersion: o.appVersion,
		exportedAt: o.exportedAt,
		profile: o.profile,
		settings: o.settings,
		lessonProgress: o.lessonProgress,
		attempts: o.attempts,
		responses: o.responses,
		cards: o.cards
	};
	return { ok: true, backup };
}
