import type { Module, Pack, Question, QuestionSet } from './schema';

export interface ModuleSummary {
	id: string;
	number: number;
	title: string;
	summary: string;
	lessonIds: string[];
	lessons: { id: string; title: string }[];
	minutes: number;
	questionCount: number;
	setIds: string[];
	/** The set Learn suggests once every lesson is read: the module's first ("Basics"). */
	practice: { id: string; title: string; count: number } | null;
}

export function summarizeModule(module: Module, index: number): ModuleSummary {
	return {
		id: module.id,
		number: index + 1,
		title: module.title,
		summary: module.summary,
		lessonIds: module.lessons.map((l) => l.id),
		lessons: module.lessons.map((l) => ({ id: l.id, title: l.title })),
		minutes: module.lessons.reduce((sum, l) => sum + l.minutes, 0),
		questionCount: module.questions.length,
		setIds: module.sets.map((s) => s.id),
		practice: practiceSet(module)
	};
}

/** A module's first question set, the one to practise after its lessons. */
export function practiceSet(module: Module) {
	const set = module.sets[0];
	return set ? { id: set.id, title: set.title, count: set.questionIds.length } : null;
}

export function findModule(pack: Pack, moduleId: string): Module | undefined {
	return pack.modules.find((m) => m.id === moduleId);
}

export function allQuestions(pack: Pack): Question[] {
	return pack.modules.flatMap((m) => m.questions);
}

/** Every question set: each module's, then the final test. */
export function allSets(pack: Pack): (QuestionSet & { moduleId: string | null })[] {
	return [
		...pack.modules.flatMap((m) => m.sets.map((s) => ({ ...s, moduleId: m.id }))),
		{ ...pack.finalTest, moduleId: null }
	];
}

export function findSet(pack: Pack, setId: string) {
	return allSets(pack).find((s) => s.id === setId);
}

/** The questions of a list of ids, in that order; unknown ids are skipped. */
export function questionsByIds(pack: Pack, ids: readonly string[]): Question[] {
	const byId = new Map(allQuestions(pack).map((q) => [q.id, q]));
	return ids.flatMap((id) => {
		const q = byId.get(id);
		return q ? [q] : [];
	});
}

/** The lesson before and after one, across module boundaries, for "next" links. */
export function lessonNeighbours(pack: Pack, lessonId: string) {
	const flat = pack.modules.flatMap((m) =>
		m.lessons.map((l) => ({ moduleId: m.id, id: l.id, title: l.title }))
	);
	const i = flat.findIndex((l) => l.id === lessonId);
	return { previous: i > 0 ? flat[i - 1] : undefined, next: i >= 0 ? flat[i + 1] : undefined };
}
