import { activePack } from '$lib/content/active.server';
import { allQuestions } from '$lib/content/queries';

// The questions the pack has: a result of an assignment made before a new edition removed some
// of its questions may lack those (see `questionsMatch`).
export function load() {
	return { questionIds: allQuestions(activePack()).map((q) => q.id) };
}
