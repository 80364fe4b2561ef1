import { currentProfile } from '$lib/db/profile.svelte';
import { hasStoredData } from '$lib/db/presence';
import type * as Parts from './learner-home.svelte';

/**
 * Learn's learner-specific parts: at once where this browser holds data; on a first visit,
 * once a learner is created while Learn is open, and not before, so a first visit downloads
 * none of it. A learner can come after Learn has looked: a student who leaves an assignment's
 * page for Learn before it was kept has it kept, and the learner created, a moment later
 * (assignment-page.svelte.ts), and another tab's first learner is announced to this one.
 * Resolves to null if `signal` aborts first (the page has gone).
 * Its own small chunk: Learn's first load carries one import instead of the parts' many.
 */
export async function loadLearnerHome(signal: AbortSignal): Promise<typeof Parts | null> {
	if (!(await hasStoredData()) && !(await learnerCreated(signal))) return null;
	return import('./learner-home.svelte');
}

/** True once the app holds a learner, false if `signal` aborts first. */
function learnerCreated(signal: AbortSignal): Promise<boolean> {
	return new Promise((resolve) => {
		if (signal.aborted) return resolve(false);
		let settled = false;
		const stop = $effect.root(() => {
			$effect(() => {
				if (currentProfile.id) done(true);
			});
		});
		function done(created: boolean) {
			if (settled) return;
			settled = true;
			signal.removeEventListener('abort', aborted);
			queueMicrotask(stop);
			resolve(created);
		}
		const aborted = () => done(false);
		signal.addEventListener('abort', aborted);
	});
}
