import { hasStoredData } from '$lib/db/presence';

/**
 * Learn's learner-specific parts, or null on a first visit (nothing stored, nothing to show).
 * Its own small chunk: Learn's first load carries one import instead of the parts' many.
 */
export async function loadLearnerHome() {
	return (await hasStoredData()) ? import('./learner-home.svelte') : null;
}
