import { describe, expect, it } from 'vitest';
import { markStored } from './presence';
import { StoredData } from './stored.svelte';

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
