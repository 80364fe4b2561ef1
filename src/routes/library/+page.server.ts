import { activePack } from '$lib/content/active.server';
import { allQuestions } from '$lib/content/queries';

// The pack Chipwise comes with: an imported pack may not take its id or its questions' ids.
export function load() {
	const pack = activePack();
	return {
		builtIn: {
			id: pack.id,
			title: pack.title,
			version: pack.version,
			questionIds: allQuestions(pack).map((q) => q.id)
		}
	};
}
