import { describe, expect, it, vi } from 'vitest';
import { DB_NAME, STORED_HINT } from './name';
import { hasStoredData, markStored } from './presence';
import { storedHint } from './name';

const factory = (databases?: () => Promise<IDBDatabaseInfo[]>) =>
	({ databases }) as unknown as IDBFactory;

describe('whether the browser holds the learner data', () => {
	it('is no on a first visit: the browser lists no database of the app', async () => {
		expect(await hasStoredData(factory(async () => []))).toBe(false);
		expect(await hasStoredData(factory(async () => [{ name: 'other', version: 1 }]))).toBe(false);
	});

	it('is yes once the app database exists', async () => {
		expect(await hasStoredData(factory(async () => [{ name: DB_NAME, version: 9 }]))).toBe(true);
	});

	it('is taken as yes when the browser cannot tell, so the database code opens and reports', async () => {
		expect(await hasStoredData(factory())).toBe(true);
		expect(await hasStoredData(undefined)).toBe(true);
		const refused = factory(() => Promise.reject(new DOMException('denied', 'SecurityError')));
		expect(await hasStoredData(refused)).toBe(true);
	});
});

describe('the hint, read before the page paints, that the database exists', () => {
	const storage = () => {
		const items = new Map<string, string>();
		return {
			getItem: (k: string) => items.get(k) ?? null,
			setItem: (k: string, v: string) => void items.set(k, v)
		};
	};

	it('is set when the database is found, and not when the browser only cannot tell', async () => {
		const s = storage();
		vi.stubGlobal('localStorage', s);
		expect(storedHint()).toBe(false);
		await hasStoredData(factory(async () => []));
		await hasStoredData(factory());
		expect(storedHint()).toBe(false);
		await hasStoredData(factory(async () => [{ name: DB_NAME, version: 9 }]));
		expect(storedHint()).toBe(true);
		expect(s.getItem(STORED_HINT)).toBe('1');
		vi.unstubAllGlobals();
	});

	it('reads and writes the storage it is given', () => {
		const s = storage();
		expect(storedHint(s)).toBe(false);
		markStored(s);
		expect(storedHint(s)).toBe(true);
	});

	it('says no, and throws nothing, where the browser refuses storage', () => {
		const refused = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		expect(() => markStored(refused)).not.toThrow();
		expect(storedHint(refused)).toBe(false);
		expect(storedHint(undefined)).toBe(false);
	});
});
