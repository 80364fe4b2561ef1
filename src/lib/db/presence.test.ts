import { describe, expect, it } from 'vitest';
import { DB_NAME } from './name';
import { hasStoredData } from './presence';

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
