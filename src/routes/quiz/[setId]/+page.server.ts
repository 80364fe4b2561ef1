import { error } from '@sveltejs/kit';
import { activePack } from '$lib/content/active.server';
import { objectiveLabels } from '$lib/content/objectives';
import { allSets, findSet, questionsByIds } from '$lib/content/queries';

export function entries() {
	return allSets(activePack()).map((s) => ({ setId: s.id }));
}

export function load({ params }) {
	const pack = activePack();
	const set = findSet(pack, params.setId);
	if (!set) error(404, 'No such question set');
	const module = set.moduleId ? pack.modules.find((m) => m.id === set.moduleId) : undefined;
	const index = module ? pack.modules.indexOf(module) : -1;
	const next = index >= 0 ? pack.modules[index + 1] : undefined;
	const title = module ? `${module.title}: ${set.title}` : set.title;
	return {
		set: {
			id: set.id,
			title,
			shortTitle: set.title,
			description: set.description,
			moduleId: set.moduleId
		},
		module: module ? { id: module.id, title: module.title } : null,
		next: next ? { id: next.id, title: next.title } : null,
		questions: questionsByIds(pack, set.questionIds),
		objectives: objectiveLabels(pack),
		sic: pack.sic
	};
}
