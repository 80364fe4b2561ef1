import { describe, expect, it } from 'vitest';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	createBackup,
	MAX_BACKUP_BYTES,
	parseBackup
} from './backup';
import type { BackupError } from './backup';
import { at, backupData, PROFILE } from './test-factories';

const meta = { appVersion: '0.1.0', exportedAt: at(2025, 3, 12, 8) };

/** The backup's JSON as a plain object, to break on purpose. */
const raw = (data = backupData()) =>
	JSON.parse(createBackup(data, meta)) as Record<string, unknown>;
const rows = (o: Record<string, unknown>, table: string) => o[table] as Record<string, unknown>[];

function errorOf(text: string): BackupError {
	const result = parseBackup(text);
	if (result.ok) throw new Error('expected a rejection');
	return result.error;
}

describe('createBackup and parseBackup', () => {
	it('round-trips every table and answer type', () => {
		const data = backupData();
		const text = createBackup(data, meta);
		expect(text.startsWith(`{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION}`)).toBe(true);
		expect(parseBackup(text)).toEqual({ ok: true, backup: { ...data, ...meta } });
	});

	it('keeps which version of an assignment an attempt was started on, what it left out, and its pack', () => {
		const data = backupData();
		const [first, ...rest] = data.attempts;
		if (!first) throw new Error('the factory has an attempt');
		const marked = {
			...first,
			assignmentVersion: 'v1.abc123',
			leftOut: ['gone.q1'],
			packId: 'northport-lab'
		};
		const withMarks = { ...data, attempts: [marked, ...rest] };
		expect(parseBackup(createBackup(withMarks, meta))).toEqual({
			ok: true,
			backup: { ...withMarks, ...meta }
		});
	});

	it('round-trips an empty profile', () => {
		const data = backupData({
			settings: [],
			lessonProgress: [],
			attempts: [],
			responses: [],
			cards: []
		});
		expect(parseBackup(createBackup(data, meta))).toEqual({
			ok: true,
			backup: { ...data, ...meta }
		});
	});
});

describe('parseBackup rejects', () => {
	it('a file over the size limit, counted in UTF-8 bytes', () => {
		expect(errorOf('x'.repeat(MAX_BACKUP_BYTES + 1)).kind).toBe('too-large');
		expect(errorOf('é'.repeat(MAX_BACKUP_BYTES / 2 + 1)).kind).toBe('too-large');
	});

	it('text that is not JSON, or is cut short', () => {
		expect(errorOf('hello')).toMatchObject({ kind: 'not-json' });
		expect(errorOf('')).toMatchObject({ kind: 'not-json' });
		expect(errorOf(createBackup(backupData(), meta).slice(0, -20)).kind).toBe('not-json');
	});

	it('JSON that is not a Chipwise backup', () => {
		for (const text of ['{"format":"anki"}', '[]', 'null', '42', '"chipwise-backup"', '{}']) {
			expect(errorOf(text)).toEqual({
				kind: 'foreign',
				message: 'This file is not a Chipwise backup.'
			});
		}
	});

	it('a backup from a newer version', () => {
		const error = errorOf(JSON.stringify({ ...raw(), version: BACKUP_VERSION + 1 }));
		expect(error).toEqual({
			kind: 'newer-version',
			message:
				'This backup was made by a newer version of Chipwise. Update the app, then try again.'
		});
	});

	it('fields of the wrong type, naming where', () => {
		const cases: [(o: Record<string, unknown>) => void, string][] = [
			[(o) => (rows(o, 'responses')[2]!.credit = 'x'), 'responses.2.credit'],
			[(o) => (rows(o, 'responses')[0]!.credit = 2), 'responses.0.credit'],
			[
				(o) => (rows(o, 'responses')[0]!.answer = { type: 'single', choices: [] }),
				'responses.0.answer.choice'
			],
			[
				(o) => (rows(o, 'responses')[0]!.answer = { type: 'essay', text: '' }),
				'responses.0.answer.type'
			],
			[(o) => delete rows(o, 'attempts')[1]!.queue, 'attempts.1.queue'],
			[(o) => (rows(o, 'attempts')[0]!.mode = 'exam'), 'attempts.0.mode'],
			[(o) => (rows(o, 'cards')[0]!.due = '2025-03-10'), 'cards.0.due'],
			[(o) => (rows(o, 'cards')[1]!.state = 7), 'cards.1.state'],
			[(o) => (o.profile = { id: PROFILE, name: 'x'.repeat(201), createdAt: 0 }), 'profile.name'],
			[(o) => delete o.version, 'version'],
			[(o) => (o.responses = {}), 'responses']
		];
		for (const [damage, path] of cases) {
			const o = raw();
			damage(o);
			const error = errorOf(JSON.stringify(o));
			expect(error.kind, path).toBe('invalid');
			expect(error.message).toMatch(/^This backup is damaged or incomplete \(/);
			expect(error.message, path).toContain(`(${path}: `);
		}
	});

	it('a row that belongs to another profile', () => {
		for (const table of ['lessonProgress', 'attempts', 'responses', 'cards']) {
			const o = raw();
			rows(o, table).at(-1)!.profileId = 'p2';
			const index = rows(o, table).length - 1;
			expect(errorOf(JSON.stringify(o)).message).toContain(`${table}.${index}.profileId`);
		}
	});

	it('pathological nesting without throwing', () => {
		const deep = '['.repeat(200_000) + ']'.repeat(200_000);
		const text = createBackup(backupData(), meta).replace('"dark"', deep);
		expect(() => parseBackup(text)).not.toThrow();
		expect(parseBackup(text).ok).toBe(false);
	});
});

describe('parseBackup and prototype keys', () => {
	it('drops __proto__ and constructor keys and pollutes nothing', () => {
		const evil = '{"polluted":true}';
		const data = backupData();
		const text = createBackup(data, meta)
			.replace('{"format"', `{"__proto__":${evil},"constructor":{"prototype":${evil}},"format"`)
			.replace('"profile":{', `"profile":{"__proto__":${evil},`)
			.replace('"pairs":{', `"pairs":{"__proto__":"x","constructor":"y",`)
			.replace(
				'"drafts":{',
				`"drafts":{"__proto__":{"answer":{"type":"short","text":""},"hintUsed":false},`
			)
			.replace('"retention":0.9', `"retention":0.9,"__proto__":${evil}`);
		const result = parseBackup(text);
		expect(result.ok).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		if (!result.ok) return;
		const { backup } = result;
		expect(backup).toEqual({ ...data, ...meta });
		const pairs = backup.responses.find((r) => r.answer.type === 'matching')!.answer;
		const objects = [
			backup,
			backup.profile,
			pairs,
			backup.attempts[0]!.drafts,
			backup.settings[1]!.value
		];
		for (const o of objects) {
			expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
			expect(Object.hasOwn(o as object, '__proto__')).toBe(false);
			expect((o as Record<string, unknown>).polluted).toBeUndefined();
		}
	});
});
