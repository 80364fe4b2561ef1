import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from './db';
import { storageHealth } from './health.svelte';
import { CurrentProfile } from './profile.svelte';

const name = (id: string) => `learner ${id}`;

afterEach(async () => {
	// The next test starts from a browser that has never opened the app.
	await getDb().delete({ disableAutoOpen: false });
});

describe('the learner using the app now', () => {
	it('is no one on a first visit, and loading creates nothing', async () => {
		const current = new CurrentProfile();
		await current.load();
		expect(current.none).toBe(true);
		expect(current.id).toBeNull();
		expect(current.read(name)).toBe(false);
		expect(await indexedDB.databases()).toEqual([]);
	});

	it('is not known yet before loading: pages wait rather than show an empty learner', () => {
		const current = new CurrentProfile();
		expect(current.read(name)).toBeNull();
		expect(current.none).toBe(false);
	});

	it('is looked up by the first page that reads it, and creates nothing', async () => {
		const current = new CurrentProfile();
		expect(current.read(name)).toBeNull();
		await expect.poll(() => current.none).toBe(true);
		expect(current.read(name)).toBe(false);
		expect(await indexedDB.databases()).toEqual([]);
	});

	it('is created by the first thing the browser keeps, and found again on the next visit', async () => {
		const first = new CurrentProfile();
		await first.load();
		await first.ensure();
		expect(first.none).toBe(false);
		expect(first.profile?.name).toBe('Learner');
		const id = first.id as string;
		expect(first.read(name)).toBe(`learner ${id}`);

		const next = new CurrentProfile();
		await next.load();
		expect(next.id).toBe(id);
	});

	it('appears in a tab opened before another tab created it', async () => {
		const waiting = new CurrentProfile();
		await waiting.load();
		expect(waiting.none).toBe(true);
		const other = new CurrentProfile();
		await other.ensure();
		expect(other.id).toEqual(expect.any(String));
		await expect.poll(() => waiting.id, { timeout: 2000 }).toBe(other.id);
		expect(waiting.none).toBe(false);
	});

	it('reports a browser that refuses storage, and the app goes on without a learner', async () => {
		const refused = new DOMException('The user denied permission', 'SecurityError');
		const current = new CurrentProfile(() => Promise.reject(refused));
		await current.reload();
		expect(current.unavailable).toBe(true);
		expect(current.id).toBeNull();
		expect(storageHealth.unavailable).toBe(true);
		expect(storageHealth.failure).toBe('refused');
	});
});
