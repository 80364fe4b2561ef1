import { activePack } from './active.server';
import { allQuestions } from './queries';

/** The pack Chipwise comes with: a pack added or made on a device may not take its ids. */
export function builtInPack() {
	const pack = activePack();
	return {
		id: pack.id,
		title: pack.title,
		version: pack.version,
		questionIds: allQuestions(pack).map((q) => q.id)
	};
}
