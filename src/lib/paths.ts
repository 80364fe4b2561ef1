import { resolve } from '$app/paths';
import type { Attempt, Mode } from '$lib/quiz/attempt';

// Every page is prerendered as a folder (trailingSlash: 'always'), so links end in '/':
// a static host then serves …/index.html directly, without a redirect.
const slash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

export const paths = {
	module: (moduleId: string) => slash(resolve('/module/[moduleId]', { moduleId })),
	lesson: (moduleId: string, lessonId: string) =>
		slash(resolve('/module/[moduleId]/[lessonId]', { moduleId, lessonId })),
	quiz: (setId: string, mode?: Mode) =>
		slash(resolve('/quiz/[setId]', { setId })) + (mode ? `?mode=${mode}` : ''),
	/** A pack kept on this device (not the one Chipwise comes with), or one of its lessons. */
	storedPack: (packId: string, lessonId?: string) =>
		`${slash(resolve('/library/pack'))}?id=${encodeURIComponent(packId)}` +
		(lessonId ? `&lesson=${encodeURIComponent(lessonId)}` : ''),
	/** A new assignment on a pack kept on this device. */
	assignPack: (packId: string) => `${resolve('/teach/')}?new&pack=${encodeURIComponent(packId)}`,
	/** Any stored attempt that is not a question set's own: reviews, practice lists, retries. */
	session: (attemptId: string) =>
		`${slash(resolve('/session'))}?attempt=${encodeURIComponent(attemptId)}`
};

/** Where an attempt opens: a question set's own page, or the session page for any other list. */
export function attemptHref(
	a: Pick<Attempt, 'id' | 'setId' | 'mode' | 'moduleId' | 'finishedAt' | 'packId'>
): string {
	// A pack added on this device has no set pages: its sets run in the session page, whatever
	// their ids.
	const isSet = !a.packId && a.setId !== null && (a.moduleId !== null || a.setId === 'final-test');
	if (!isSet) return paths.session(a.id);
	const quiz = paths.quiz(a.setId ?? '', a.mode === 'test' ? 'test' : 'practice');
	return a.finishedAt === null ? quiz : `${quiz}&attempt=${a.id}`;
}
