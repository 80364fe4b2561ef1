import { error } from '@sveltejs/kit';
import { activePack } from '$lib/content/active.server';
import { findModule } from '$lib/content/queries';

export function entries() {
	return activePack().modules.map((m) => ({ moduleId: m.id }));
}

export function load({ params }) {
	const pack = activePack();
	const module = findModule(pack, params.moduleId);
	if (!module) error(404, 'No such module');
	const index = pack.modules.indexOf(module);
	const next = pack.modules[index + 1];
	return {
		module: {
			id: module.id,
			number: index + 1,
			title: module.title,
			summary: module.summary,
			lessons: module.lessons.map((l) => ({ id: l.id, title: l.title, minutes: l.minutes })),
			sets: module.sets.map((s) => ({
				id: s.id,
				title: s.title,
				description: s.description,
				count: s.questionIds.length
			}))
		},
		next: next ? { id: next.id, title: next.title } : null
	};
}
