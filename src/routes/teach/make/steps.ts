// The editor's steps, in the address (?draft=…&step=…) so Back and reload keep the place.
export const STEPS = [
	{ id: 'article', label: 'Article' },
	{ id: 'lessons', label: 'Modules and lessons' },
	{ id: 'questions', label: 'Questions' },
	{ id: 'publish', label: 'Check and publish' }
] as const;

export type StepId = (typeof STEPS)[number]['id'];

export function stepIn(value: string | null): StepId {
	return STEPS.find((s) => s.id === value)?.id ?? 'article';
}

/** The step a field of the draft is written in. */
export function stepOf(path: string): StepId {
	if (/^modules\.\d+\.questions/.test(path) || path === 'modules') return 'questions';
	if (path.startsWith('modules') || path.startsWith('glossary')) return 'lessons';
	return 'article';
}

/** The address of a step (and, for a preview, what is previewed). */
export function stepHref(base: string, draftId: string, step: StepId, preview?: string): string {
	const query = new URLSearchParams({ draft: draftId, step });
	if (preview) query.set('preview', preview);
	return `${base}?${query.toString()}`;
}
