import { describe, expect, it } from 'vitest';
import { preloadDependencies } from './preload-deps.js';

const deps = [
	'_app/immutable/chunks/A.js',
	'_app/immutable/assets/B.css',
	'_app/immutable/chunks/C.js'
];

describe('preloadDependencies', () => {
	it("keeps every file a page's code needs when SvelteKit's entry imports it", () => {
		const host = { hostId: '_app/immutable/entry/app.z5K6_65e.js', hostType: 'js' };
		expect(preloadDependencies('_app/immutable/nodes/3.X.js', deps, host)).toEqual(deps);
	});

	it('keeps only the stylesheets of a part that another chunk loads lazily', () => {
		for (const hostId of ['_app/immutable/chunks/app.Q.js', '_app/immutable/nodes/0.Y.js']) {
			expect(preloadDependencies('_app/immutable/chunks/D.js', deps, { hostId })).toEqual([
				'_app/immutable/assets/B.css'
			]);
		}
	});
});
