import { error } from '@sveltejs/kit';
import { activePack } from '$lib/content/active.server';
import { findModule, lessonNeighbours } from '$lib/content/queries';

export function entries() {
	return activePack().modules.flatMap((m) =>
		m.lessons.map((l) => ({ moduleId: m.id, lessonId: l.id }))
	);
}

export function load({ params }) {
	const pack = activePack();
	const module = findModule(pack, params.moduleId);
	const lesson = module?.lessons.find((l) => l.id === params.lessonId);
	if (!module || !lesson) error(404, 'No such lesson');
	return {
		module: { id: module.id, title: module.title, number: pack.modules.indexOf(module) + 1 },
		lesson,
		position: { index: module.lessons.indexOf(lesson) + 1, total: module.lessons.length },
		terms: Object.fromEntries(pack.glossary.map((g) => [g.id, g.term])),
		sic: pack.sic,
		...lessonNeighbours(pack, lesson.id)
	};
}
