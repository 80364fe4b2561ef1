import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepJson, hostileValue, mutated, prototypePolluted, RUNS } from '$lib/test/hostile';
import { BACKUP_FORMAT, createBackup, parseBackup } from './backup';
import { backupData } from './test-factories';

const good = createBackup(backupData(), { appVersion: '1.0.0', exportedAt: 1 });

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
	});
});
