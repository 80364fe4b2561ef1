import { describe, expect, it } from 'vitest';
import { markStored } from './presence';
import { LazyReads, StoredData } from './stored.svelte';

const query = () => Promise.resolve(['a row']);
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('whether a page has anything stored to read', () => {
	it('is not known until the browser answers: the page waits rather than shows nothing', () => {
		const stored = new StoredData(() => new Promise(() => {}));
		expect(stored.read(query)).toBeNull();
	});

	it('on a first visit is nothing to read: the query is not run', async () => {
		const stored = new StoredData(async () => false);
		stored.read(query);
		await settle();
		expect(stored.read(query)).toBe(false);
	});

	it('once the database exists, is the query to run', async () => {
		const stored = new StoredData(async () => true);
		stored.read(query);
		await settle();
		expect(stored.read(query)).toBe(query);
	});

	it('becomes the query the moment a first save opens the database, so it is shown', async () => {
		const stored = new StoredData(async () => false);
		stored.read(query);
		await settle();
		markStored({ setItem: () => {} });
		expect(stored.read(query)).toBe(query);
	});

	it('stays the query if the browser answers late that there was nothing', async () => {
		let answer: (stored: boolean) => void = () => {};
		const stored = new StoredData(() => new Promise((resolve) => (answer = resolve)));
		stored.read(query);
		markStored({ setItem: () => {} });
		answer(false);
		await settle();
		expect(stored.read(query)).toBe(query);
	});
});

describe('queries whose code loads only when there is something to read', () => {
	const module = { rows: () => query };

	it('on a first visit load no code and run nothing', async () => {
		const stored = new StoredData(async () => false);
		let loads = 0;
		const reads = new LazyReads(async () => (loads++, module));
		stored.readFrom(reads, (m) => m.rows());
		await settle();
		expect(stored.readFrom(reads, (m) => m.rows())).toBe(false);
		expect(loads).toBe(0);
	});

	it('once the database exists, load the code once and then give its query', async () => {
		const stored = new StoredData(async () => true);
		let loads = 0;
		const reads = new LazyReads(async () => (loads++, module));
		stored.readFrom(reads, (m) => m.rows());
		await settle();
		expect(stored.readFrom(reads, (m) => m.rows())).toBeNull();
		await settle();
		expect(stored.readFrom(reads, (m) => m.rows())).toBe(query);
		expect(loads).toBe(1);
	});

	it('where the code cannot be loaded, give a query that fails with the reason', async () => {
		const stored = new StoredData(async () => true);
		const offline = new Error('Failed to fetch dynamically imported module');
		const reads = new LazyReads<typeof module>(() => Promise.reject(offline));
		stored.readFrom(reads, (m) => m.rows());
		await settle();
		stored.readFrom(reads, (m) => m.rows());
		await settle();
		const failing = stored.readFrom(reads, (m) => m.rows());
		expect(failing).toBeTypeOf('function');
		await expect((failing as () => Promise<unknown>)()).rejects.toBe(offline);
	});
});
