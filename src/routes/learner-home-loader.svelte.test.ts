import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '$lib/db/db';
import { currentProfile } from '$lib/db/profile.svelte';
import { loadLearnerHome } from './learner-home-loader.svelte';

vi.mock('./learner-home.svelte', () => ({ parts: 'the learner parts of Learn' }));

const PENDING = Symbol('pending');
/** What `promise` has settled to after the browser's pending work, or PENDING. */
async function settled<T>(promise: Promise<T>): Promise<T | typeof PENDING> {
	const later = new Promise<typeof PENDING>((resolve) => setTimeout(() => resolve(PENDING), 50));
	return Promise.race([promise, later]);
}

afterAll(async () => {
	await getDb().delete({ disableAutoOpen: false });
});

// In order: a first visit, then the learner its assignment page creates, then the next visit.
describe("Learn's learner parts", () => {
	it('are not loaded on a first visit, and the wait ends when Learn is left', async () => {
		await currentProfile.load();
		const visit = new AbortController();
		const parts = loadLearnerHome(visit.signal);
		expect(await settled(parts)).toBe(PENDING);
		visit.abort();
		expect(await parts).toBeNull();
	});

	it('load once a learner is created while Learn is open (an assignment kept as the student left it)', async () => {
		const parts = loadLearnerHome(new AbortController().signal);
		expect(await settled(parts)).toBe(PENDING);
		await currentProfile.ensure();
		expect(await settled(parts)).toMatchObject({ parts: 'the learner parts of Learn' });
	});

	it('load at once where the browser holds a learner', async () => {
		const parts = loadLearnerHome(new AbortController().signal);
		expect(await settled(parts)).toMatchObject({ parts: 'the learner parts of Learn' });
	});
});
