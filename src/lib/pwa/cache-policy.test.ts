import { describe, expect, it } from 'vitest';
import { cacheName, isStaleCache, lookupKeys } from './cache-policy';

describe('cache policy', () => {
	it('keeps the current and the previous version, deletes older ones', () => {
		const keys = [cacheName('100'), cacheName('200'), cacheName('300'), 'someone-else'];
		const current = cacheName('300');
		expect(keys.filter((k) => isStaleCache(k, keys, current))).toEqual([cacheName('100')]);
	});

	it('never deletes caches it does not own', () => {
		expect(isStaleCache('other', ['other'], cacheName('1'))).toBe(false);
	});

	it('tries a page path with and without its trailing slash', () => {
		expect(lookupKeys('/review')).toEqual(['/review', '/review/']);
		expect(lookupKeys('/review/')).toEqual(['/review/', '/review']);
		expect(lookupKeys('/')).toEqual(['/']);
		expect(lookupKeys('/_app/x.js')).toEqual(['/_app/x.js']);
	});
});
