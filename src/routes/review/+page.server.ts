import { activePack } from '$lib/content/active.server';
import { allQuestions } from '$lib/content/queries';

// The questions Review may bring back: a question a new edition removed keeps its card, unasked.
export function load() {
	return { questionIds: allQuestions(activePack()).map((q) => q.id) };
}
