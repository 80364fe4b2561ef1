import { describe, expect, it } from 'vitest';
import {
	appPages,
	cacheName,
	isAppPage,
	isStaleCache,
	isTeacherRequest,
	isUnknownData,
	lookupKeys,
	precacheList,
	splitPrecache
} from './cache-policy';

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
			['/favicon.png', '/icons/i-512.png', '/packs/p.json'],
			['/', '/__data.json', '/module/x/', '/module/x/__data.json'],
			''
		);
		expect(list.sort()).toEqual(
			[
				'/',
				'/200.html',
				'/__data.json',
				'/_app/a.js',
				'/favicon.png',
				'/module/x/__data.json',
				'/packs/p.json'
			].sort()
		);
	});

	it('keeps only the app’s own pages as they are opened, never a junk or prototype address', () => {
		const pages = appPages(['/', '/__data.json', '/module/x/', '/module/x/__data.json']);
		expect(isAppPage('/module/x/', pages)).toBe(true);
		expect(isAppPage('/', pages)).toBe(true);
		for (const junk of [
			'/junk-1/',
			'/module/nope/',
			'/module/__proto__/',
			'/constructor/',
			'/__data.json'
		]) {
			expect(isAppPage(junk, pages)).toBe(false);
		}
	});

	it('knows which page data the app does not have', () => {
		const known = new Set(['/module/x/__data.json']);
		expect(isUnknownData('/module/x/__data.json', known)).toBe(false);
		expect(isUnknownData('/module/nope/__data.json', known)).toBe(true);
		expect(isUnknownData('/module/x/', known)).toBe(false);
	});
});

describe("the teacher's files", () => {
	const list = ['/_app/a.js', '/_app/teach.js', '/teach/__data.json', '/__data.json', '/'];

	it('are kept apart from what every device stores at install', () => {
		expect(splitPrecache(list, ['/_app/teach.js', '__teacher-files__'], '')).toEqual({
			learner: ['/_app/a.js', '/__data.json', '/'],
			teacher: ['/_app/teach.js', '/teach/__data.json']
		});
		const based = list.map((p) => `/app${p}`);
		expect(splitPrecache(based, ['/_app/teach.js'], '/app').teacher).toEqual([
			'/app/_app/teach.js',
			'/app/teach/__data.json'
		]);
	});

	it("are asked for by the teacher's pages and files", () => {
		const teacher = new Set(['/_app/teach.js']);
		expect(isTeacherRequest('/teach/gradebook/', teacher, '')).toBe(true);
		expect(isTeacherRequest('/_app/teach.js', teacher, '')).toBe(true);
		expect(isTeacherRequest('/_app/a.js', teacher, '')).toBe(false);
		expect(isTeacherRequest('/teacher', teacher, '')).toBe(false);
	});
});
