import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepJson, hostileValue, mutated, prototypePolluted } from '$lib/test/hostile';
import { freshDbEachTest } from '$lib/test/db';
import { teacherPack } from '$lib/test/teacher-pack';
import type { ChipwiseDB } from './db';
import { importPack } from './packs';

let db: ChipwiseDB;
freshDbEachTest((d) => (db = d), 'packs-hostile');

const builtIn = { id: 'micron-ban', questionIds: ['the-ban.q01'] };
const good = JSON.stringify(teacherPack());

describe('pack files from outside', () => {
	it(
		'a damaged file is refused with a reason, or kept whole when it still passes every check',
		{ timeout: 60_000 },
		async () => {
			await fc.assert(
				fc.asyncProperty(mutated(good), async (text) => {
					const before = await db.packs.toArray();
					const result = await importPack(text, builtIn, db);
					const after = await db.packs.toArray();
					if (result.ok) {
						expect(after.find((p) => p.id === result.row.id)?.version).toBe(result.row.version);
					} else {
						expect(result.message.length).toBeGreaterThan(10);
						expect(after).toEqual(before);
					}
				}),
				{ numRuns: 300 }
			);
		}
	);

	it('hostile values, deep nesting and oversized files change nothing', async () => {
		await fc.assert(
			fc.asyncProperty(hostileValue, async (value) => {
				const result = await importPack(JSON.stringify(value) ?? '', builtIn, db);
				expect(result.ok).toBe(false);
			}),
			{ numRuns: 500 }
		);
		expect((await importPack(deepJson(100_000), builtIn, db)).ok).toBe(false);
		expect((await importPack(' '.repeat(3 * 1024 * 1024), builtIn, db)).ok).toBe(false);
		expect(await db.packs.count()).toBe(0);
		expect(prototypePolluted()).toBe(false);
	});
});
