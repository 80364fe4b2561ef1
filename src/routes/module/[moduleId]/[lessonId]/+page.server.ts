import { error } from '@sveltejs/kit';
import { activePack } from '$lib/content/active.server';
import { lessonGlossary } from '$lib/content/glossary';
import { findModule, lessonNeighbours, practiceSet } from '$lib/content/queries';

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
	const isLast = lesson === module.lessons.at(-1);
	return {
		module: { id: module.id, title: module.title, number: pack.modules.indexOf(module) + 1 },
		lesson,
		position: { index: module.lessons.indexOf(lesson) + 1, total: module.lessons.length },
		// After a module's last lesson the way on is its practice set, not the next module.
		practice: isLast ? practiceSet(module) : null,
		// Each linked term's definition, shown in place when the term is tapped.
		terms: lessonGlossary(lesson, pack.glossary),
		sic: pack.sic,
		...lessonNeighbours(pack, lesson.id)
	};
}
