import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup } from '$lib/progress/backup';
import { backupData } from '$lib/progress/test-factories';
import { hostileValue, prototypePolluted } from '$lib/test/hostile';
import { freshDbEachTest } from '$lib/test/db';
import { teacherPack } from '$lib/test/teacher-pack';
import { importBackup } from './backup';
import type { ChipwiseDB } from './db';

let db: ChipwiseDB;
freshDbEachTest((d) => (db = d), 'backup-packs-hostile');
const builtIn = async () => ({ id: 'micron-ban', questionIds: ['the-ban.q01'] });
const meta = { appVersion: '1.0.0', exportedAt: 1 };

describe('packs in a backup from outside', () => {
	it(
		'anything in place of a pack refuses the whole restore with a reason, and changes nothing',
		{ timeout: 60_000 },
		async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.array(hostileValue, { minLength: 1, maxLength: 3 }),
					fc.boolean(),
					async (hostile, withGood) => {
						const packs = withGood ? [teacherPack(), ...hostile] : hostile;
						const text = createBackup(backupData({ packs }), meta);
						const result = await importBackup(text, db, undefined, builtIn);
						expect(result.ok).toBe(false);
						if (!result.ok) expect(result.error.message).toMatch(/^This backup is damaged/);
						expect(await db.packs.count()).toBe(0);
						expect(await db.profiles.count()).toBe(0);
						expect(prototypePolluted()).toBe(false);
					}
				),
				{ numRuns: 300 }
			);
		}
	);
});
