import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ChipwiseDB, watchUpgrades } from './db';
import { StorageHealth, storageHealth } from './health.svelte';

/** The next version of the app, as another tab would open it. */
class NewerDB extends ChipwiseDB {
	constructor(name: string) {
		super(name);
		// One past the app's own, whatever that is now.
		this.version(new ChipwiseDB('probe').verno + 1).stores({ extra: 'id' });
	}
}

describe('storage health', () => {
	it('starts healthy, and keeps why storage failed', () => {
		const health = new StorageHealth();
		expect([health.unavailable, health.failure, health.outdated, health.blocked]).toEqual([
			false,
			null,
			false,
			false
		]);
		health.fail('full');
		expect([health.unavailable, health.failure]).toEqual([true, 'full']);
	});
});

describe('an upgrade opened in another tab', () => {
	it('closes the old connection, says so, and loses nothing', async () => {
		const name = `tabs-${crypto.randomUUID()}`;
		const old = watchUpgrades(new ChipwiseDB(name));
		await old.settings.put({ key: 'theme', value: 'dark' });

		const newer = new NewerDB(name);
		await newer.open();
		expect(storageHealth.outdated).toBe(true);
		expect(old.isOpen()).toBe(false);
		expect(await newer.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
		newer.close();
		await newer.delete();
	});

	it('tells the new tab it waits when an old one does not let go', async () => {
		const name = `blocked-${crypto.randomUUID()}`;
		const stubborn = new ChipwiseDB(name);
		stubborn.on('versionchange', () => false); // keeps its connection open
		await stubborn.open();

		const newer = watchUpgrades(new NewerDB(name));
		const opening = newer.open();
		await new Promise((r) => setTimeout(r, 50));
		expect(storageHealth.blocked).toBe(true);
		stubborn.close();
		await opening;
		expect(storageHealth.blocked).toBe(false);
		newer.close();
		await newer.delete();
	});
});
