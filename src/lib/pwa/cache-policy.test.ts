import { describe, expect, it } from 'vitest';
import { cacheName, isStaleCache, lookupKeys, precacheList } from './cache-policy';

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

	it('caches code, static files, every page’s data, the home page and the shell, not every page twice', () => {
		const list = precacheList(
			['/_app/a.js'],
			['/icons/i.png', '/packs/p.json'],
			['/', '/__data.json', '/module/x/', '/module/x/__data.json'],
			''
		);
		expect(list.sort()).toEqual(
			[
				'/',
				'/200.html',
				'/__data.json',
				'/_app/a.js',
				'/icons/i.png',
				'/module/x/__data.json',
				'/packs/p.json'
			].sort()
		);
	});
});
