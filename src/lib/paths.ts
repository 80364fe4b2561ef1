import { resolve } from '$app/paths';
import type { Mode } from '$lib/quiz/attempt';

// Every page is prerendered as a folder (trailingSlash: 'always'), so links end in '/':
// a static host then serves …/index.html directly, without a redirect.
const slash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

export const paths = {
	module: (moduleId: string) => slash(resolve('/module/[moduleId]', { moduleId })),
	lesson: (moduleId: string, lessonId: string) =>
		slash(resolve('/module/[moduleId]/[lessonId]', { moduleId, lessonId })),
	quiz: (setId: string, mode?: Mode) =>
		slash(resolve('/quiz/[setId]', { setId })) + (mode ? `?mode=${mode}` : '')
};
