import 'fake-indexeddb/auto';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from './db';
import { Live } from './live.svelte';

const themeOf = (db: ReturnType<typeof getDb>) =>
	db.settings.get('theme').then((row) => String(row?.value ?? 'none'));

/** A Live made inside an effect root, as a component would; `stop` tears the root down. */
function live<T>(
	select: () => ((db: ReturnType<typeof getDb>) => Promise<T>) | null | false,
	initial: T
) {
	let made: Live<T> | undefined;
	const stop = $effect.root(() => {
		made = new Live(select, initial);
	});
	flushSync();
	return { live: made as Live<T>, stop };
}

afterEach(async () => {
	await getDb().settings.clear();
});

describe('a live query', () => {
	it('starts from its initial value, then follows the data as it changes', async () => {
		const { live: theme, stop } = live(() => themeOf, 'initial');
		expect(theme.current).toBe('initial');
		expect(theme.loading).toBe(true);
		await expect.poll(() => theme.current).toBe('none');
		expect(theme.loading).toBe(false);

		await getDb().settings.put({ key: 'theme', value: 'dark' });
		await expect.poll(() => theme.current).toBe('dark');
		stop();
	});

	it('answers at once, without the database, when there is nothing to read', () => {
		const { live: nothing, stop } = live(() => false, 'empty');
		expect(nothing.current).toBe('empty');
		expect(nothing.loading).toBe(false);
		stop();
	});

	it('subscribes again when the state its query reads changes', async () => {
		let key = $state('a');
		await getDb().settings.bulkPut([
			{ key: 'a', value: 'first' },
			{ key: 'b', value: 'second' }
		]);
		const { live: value, stop } = live(() => {
			const k = key;
			return (db) => db.settings.get(k).then((row) => String(row?.value));
		}, '');
		await expect.poll(() => value.current).toBe('first');
		key = 'b';
		flushSync();
		await expect.poll(() => value.current).toBe('second');
		stop();
	});

	it('stops following once its owner is gone', async () => {
		const { live: theme, stop } = live(() => themeOf, 'initial');
		await expect.poll(() => theme.current).toBe('none');
		stop();
		await getDb().settings.put({ key: 'theme', value: 'light' });
		await new Promise((r) => setTimeout(r, 50));
		expect(theme.current).toBe('none');
	});

	it('keeps the error of a query that fails', async () => {
		const { live: broken, stop } = live(() => () => Promise.reject(new Error('boom')), 'x');
		await expect.poll(() => broken.error).toBeInstanceOf(Error);
		expect(broken.loading).toBe(false);
		stop();
	});
});
