import { describe, expect, it } from 'vitest';
import { askToPersist, formatBytes, storageState } from './storage';

const nav = (storage: Partial<StorageManager> | undefined) => ({ storage }) as unknown as Navigator;

describe('storage figures', () => {
	it('reads usage, quota and whether storage is persistent', async () => {
		const state = await storageState(
			nav({
				persisted: async () => true,
				estimate: async () => ({ usage: 2048, quota: 10_000_000 })
			})
		);
		expect(state).toEqual({ persisted: true, usage: 2048, quota: 10_000_000 });
	});

	it('copes with a browser that has no storage manager', async () => {
		expect(await storageState(nav(undefined))).toEqual({
			persisted: null,
			usage: null,
			quota: null
		});
		expect(await askToPersist(nav(undefined))).toBe(false);
	});

	it('formats sizes for people', () => {
		expect(formatBytes(512)).toBe('512 bytes');
		expect(formatBytes(2048)).toBe('2.0 KB');
		expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
		expect(formatBytes(null)).toBe('unknown');
	});
});
