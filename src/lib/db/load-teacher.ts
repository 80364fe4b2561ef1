// The database modules that only teachers' pages use, each loaded the first time one needs it.
// Apart from `load`, which learners' pages import: what is reachable from there is stored on
// every learner's device for offline use, and these are not (see scripts/build/offline-groups.js).
export const loadTeacher = {
	classes: () => import('./classes'),
	results: () => import('./results')
};
