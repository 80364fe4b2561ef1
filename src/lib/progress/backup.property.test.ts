import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepJson, hostileValue, mutated, prototypePolluted, RUNS } from '$lib/test/hostile';
import { importBackup } from '$lib/db/backup';
import { ChipwiseDB } from '$lib/db/db';
import { cleanName } from '$lib/profile/name';
import { retentionKey } from '$lib/db/reads';
import { BACKUP_FORMAT, createBackup, parseBackup } from './backup';
import { planMerge } from './merge';
import { backupData, PROFILE } from './test-factories';

const meta = { appVersion: '1.0.0', exportedAt: 1 };
const good = createBackup(backupData(), meta);

describe('backup files from outside', () => {
	it('never crash on damaged files: a clear error, or a backup whose rows all belong to it', () => {
		fc.assert(
			fc.property(mutated(good), (text) => {
				const r = parseBackup(text);
				if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
				else for (const row of r.backup.responses) expect(row.profileId).toBe(r.backup.profile.id);
			}),
			{ numRuns: RUNS }
		);
	}, 60_000);

	it('refuse hostile content dressed as a backup, in any version', () => {
		fc.assert(
			fc.property(hostileValue, fc.constantFrom(1, 2, 0, -1, 1e308), (value, version) => {
				const text = JSON.stringify({
					format: BACKUP_FORMAT,
					version,
					profile: value,
					responses: value,
					attempts: value
				});
				expect(parseBackup(text).ok).toBe(false);
			}),
			{ numRuns: RUNS }
		);
		expect(parseBackup(deepJson(100_000)).ok).toBe(false);
		expect(prototypePolluted()).toBe(false);
	}, 60_000);
});

const TABLES = ['lessonProgress', 'attempts', 'responses', 'cards'] as const;

describe('a backup speaks for its own learner only', () => {
	it('refuses a file with any row that names another learner', () => {
		const data = backupData();
		fc.assert(
			fc.property(
				fc.constantFrom(...TABLES),
				fc.nat(),
				fc.string({ minLength: 1, maxLength: 40 }).filter((id) => id !== PROFILE),
				(table, n, other) => {
					const o = JSON.parse(createBackup(data, meta)) as Record<string, { profileId: string }[]>;
					const index = n % o[table]!.length;
					o[table]![index]!.profileId = other;
					const r = parseBackup(JSON.stringify(o));
					expect(r.ok).toBe(false);
					if (!r.ok) expect(r.error.message).toContain(`${table}.${index}.profileId`);
				}
			),
			{ numRuns: 500 }
		);
	}, 60_000);

	it('brings in no setting but the learner’s own review retention, and never replaces it', () => {
		const key = fc.oneof(
			fc.constantFrom('theme', 'activeProfile', retentionKey('p2'), retentionKey(PROFILE)),
			fc.string({ maxLength: 30 })
		);
		const settings = fc.array(fc.record({ key, value: hostileValue }), { maxLength: 8 });
		fc.assert(
			fc.property(settings, settings, (device, file) => {
				const existing = backupData({ settings: device });
				const plan = planMerge(existing, backupData({ settings: file }));
				expect(plan.settings.every((s) => s.key === retentionKey(PROFILE))).toBe(true);
				expect(plan.settings.length).toBeLessThanOrEqual(1);
				if (device.some((s) => s.key === retentionKey(PROFILE))) expect(plan.settings).toEqual([]);
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);

	it('restores a learner only under a visible name of at most 60 characters', async () => {
		const db = new ChipwiseDB(`backup-names-${crypto.randomUUID()}`);
		const blankish = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000', 'a', 'Zoë', '·');
		const name = fc.oneof(
			fc.string({ maxLength: 200 }),
			fc.string({ unit: blankish, maxLength: 80 })
		);
		let run = 0;
		await fc.assert(
			fc.asyncProperty(name, async (typed) => {
				run += 1;
				const id = `learner-${run}`;
				// A learner with nothing done yet: only the name is under test.
				const profile = { id, name: typed, createdAt: 1 };
				const empty = { lessonProgress: [], attempts: [], responses: [], cards: [] };
				const text = createBackup(backupData({ profile, ...empty }), meta);
				const restored = await importBackup(text, db);
				const stored = await db.profiles.get(id);
				if (!restored.ok) {
					expect(restored.error.kind).toBe('no-name');
					expect(stored).toBeUndefined();
					expect(cleanName(typed)).toBeNull();
				} else {
					expect(stored?.name).toBe(cleanName(typed));
					expect(stored!.name).toMatch(/\S/);
					expect(stored!.name.length).toBeLessThanOrEqual(60);
				}
			}),
			{ numRuns: 100 }
		);
		db.close();
		await db.delete();
	}, 60_000);
});
