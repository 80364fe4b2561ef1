// The database modules, each loaded the first time something needs it: Dexie and the code
// over it never land in a page's first download. Outside `src/lib/db`, storage code is
// reached through here only (a lint rule says so), e.g. `(await load.teach()).saveAssignment(a)`.
export const load = {
	attempts: () => import('./attempts'),
	backup: () => import('./backup'),
	growth: () => import('./growth'),
	lessons: () => import('./lessons'),
	drafts: () => import('./drafts'),
	packs: () => import('./packs'),
	packReads: () => import('./pack-reads'),
	profiles: () => import('./profiles'),
	quizStore: () => import('./quiz-store'),
	sessions: () => import('./sessions'),
	settings: () => import('./settings'),
	teach: () => import('./teach')
};
