import { describe, expect, it } from 'vitest';
import { attemptHref, paths } from './paths';

describe('where an attempt opens', () => {
	const base = { id: 'a1', mode: 'practice', finishedAt: null } as const;

	it('opens a built-in set on its own page, and anything else in the session page', () => {
		expect(attemptHref({ ...base, setId: 'why.basics', moduleId: 'why' })).toBe(
			'/quiz/why.basics/?mode=practice'
		);
		expect(attemptHref({ ...base, setId: 'review', moduleId: null })).toBe(paths.session('a1'));
	});

	it('opens a set of a pack added on this device in the session page, whatever its id', () => {
		for (const setId of ['final-test', 'why.basics']) {
			expect(attemptHref({ ...base, setId, moduleId: null, packId: 'northport-lab' })).toBe(
				paths.session('a1')
			);
		}
	});
});
