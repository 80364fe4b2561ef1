import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChipwiseDB } from './db';

// One fixture per past schema version, as it shipped: its stores and rows. A new schema
// version adds the fixture of the version before it here, and this test covers it.
interface Fixture {
	version: number;
	stores: Record<string, string>;
	data: Record<string, unknown[]>;
}

/** The stores, keys and indexes IndexedDB itself holds, to compare with a new database's. */
async function installed(db: Dexie) {
	const idb = db.backendDB();
	const names = [...idb.objectStoreNames].sort();
	const tx = idb.transaction(names, 'readonly');
	return names.map((name) => {
		const store = tx.objectStore(name);
		const indexes = [...store.indexNames].sort().map((i) => {
			const index = store.index(i);
			return `${i} ${JSON.stringify(index.keyPath)} ${index.unique} ${index.multiEntry}`;
		});
		return { name, key: JSON.stringify(store.keyPath), auto: store.autoIncrement, indexes };
	});
}

const dir = 'src/lib/db/fixtures';
const fixtures: Fixture[] = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));

describe('every past schema version upgrades with nothing lost', () => {
	it('has a fixture for each version before the current one', () => {
		const current = new ChipwiseDB('probe').verno;
		expect(fixtures.map((f) => f.version).sort()).toEqual(
			Array.from({ length: current - 1 }, (_, i) => i + 1)
		);
	});

	for (const fixture of fixtures) {
		it(`version ${fixture.version}`, async () => {
			const name = `fixture-v${fixture.version}-${crypto.randomUUID()}`;
			const old = new Dexie(name);
			old.version(fixture.version).stores(fixture.stores);
			for (const [table, rows] of Object.entries(fixture.data))
				await old.table(table).bulkAdd(rows);
			old.close();

			const db = new ChipwiseDB(name);
			await db.open();
			for (const [table, rows] of Object.entries(fixture.data)) {
				const stored = await db.table(table).toArray();
				expect(stored, table).toHaveLength(rows.length);
				for (const row of rows) expect(stored, table).toContainEqual(row);
			}
			// Review cards are rebuilt from the answers already given.
			const answered = new Set(
				(fixture.data.responses ?? []).map((r) => (r as { questionId: string }).questionId)
			);
			expect(await db.cards.count()).toBe(answered.size);
			// Every store and index a new database has, whatever version it came from.
			const fresh = new ChipwiseDB(`${name}-new`);
			await fresh.open();
			expect(await installed(db)).toEqual(await installed(fresh));
			await fresh.delete();
			db.close();
			await db.delete();
		});
	}
});
