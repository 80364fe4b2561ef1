// The pages the benchmark measures with Lighthouse, each beside the floor (lighthouse.js).

/** Pages measured as a first visit: Lighthouse clears the origin's storage before each. */
export const PLAIN_PAGES = [
	{ key: 'learn', label: 'Learn', path: '/' },
	{ key: 'module', label: 'Module', path: '/module/the-ban/' },
	{ key: 'lesson', label: 'Lesson', path: '/module/the-ban/the-ban.l1/' },
	{ key: 'article', label: 'Article', path: '/article/' },
	{ key: 'player', label: 'Player (a question)', path: '/quiz/the-ban.basics/?mode=practice' },
	{ key: 'teach', label: 'Teach', path: '/teach/' }
];
/**
 * A first visit whose address the harness makes: where a student lands from a teacher's link
 * or QR code. The page decodes the assignment, creates the learner and keeps the assignment.
 */
export const LINKED_PAGES = [{ key: 'assignment', label: 'Assignment (from its link)' }];
/** Pages that need data in IndexedDB first; their addresses come from prepareState. */
export const STATEFUL_PAGES = [
	{ key: 'learnReturning', label: 'Learn (a set in progress)' },
	{ key: 'results', label: 'Results' },
	{ key: 'progress', label: 'Progress (with data)' },
	{ key: 'gradebook', label: 'Gradebook (30 receipts)' }
];

/**
 * The pages a visitor opens with nothing stored and nothing to store: their main-thread work
 * after the first paint is held to the floor's (budgets.js). The others read or keep a
 * learner's data, which the issue lets them do once there is data or the page is idle, in
 * tasks under 50 ms on the phone Lighthouse simulates.
 */
export const FIRST_VISIT_KEYS = new Set(PLAIN_PAGES.map((p) => p.key));
