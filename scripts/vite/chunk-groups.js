// Which modules share a file in the build (rolldown's `output.codeSplitting.groups`).
//
// Left to itself, the bundler gives every set of modules that a different set of pages and
// lazily loaded parts imports a file of its own: the player asked for 23 files on a first
// visit, most under 1 KB gzip, and the gradebook for 26. Each file costs a phone a request,
// a compile and an evaluation on its own, and each request is work for the browser's other
// processes on the same cores as the page: about 3 ms of main-thread CPU a file in traces on a
// 2-core machine (README, "Performance"). These groups put the small helpers that go together
// into one file each, at the cost of a page sometimes loading a helper it does not run.
//
// A module in a group runs when any page loads the group, so a group holds only modules that
// do nothing when imported but define functions, constants and state objects. Nothing that
// loads only when needed (the database, the results, the teacher's tools) belongs in one:
// it would come with the first page that loads the group. The file budgets in
// scripts/bench/bundle.js (checked in CI) catch a group that adds files or bytes to a page.

/**
 * Module ids of `paths` (without extension) under src/lib, with Svelte's style modules.
 * @param {...string} paths
 */
function lib(...paths) {
	const names = paths.map((p) => p.replaceAll('.', '\\.').replaceAll('/', '[\\\\/]')).join('|');
	return new RegExp(`src[\\\\/]lib[\\\\/](${names})\\.(svelte\\.ts|svelte|ts)($|\\?)`);
}

/**
 * What every page runs: Svelte's runtime, SvelteKit's client, and the small components and
 * helpers of the app shell. One file instead of a dozen, and gzip compresses the whole better
 * than its pieces.
 */
const everyPage = [
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|clsx|devalue|esm-env)[\\/]/,
	lib(
		'components/Icon',
		'components/Button',
		'components/ProgressBar',
		'components/lazy',
		'components/aria'
	),
	lib('paths', 'schedule', 'content-first', 'db/health'),
	// What the layout asks on every page before it loads its notices: whether this browser
	// holds the learner's data (by the hint), and whether another site frames the app.
	lib('db/name', 'local-store', 'pwa/framing'),
	// Regular expressions made when first used: the pages that score or check names share it.
	lib('text/pattern'),
	// Every page but Learn and Progress shows where it is; most count something in words.
	lib('components/Breadcrumbs', 'text/count'),
	// Two constants (the pack Chipwise comes with, a pack file's largest size) that pages and
	// lazily loaded parts share: a file each otherwise.
	lib('content/config', 'content/pack-limits'),
	// Vite's helper for import(): every page's first load runs it anyway.
	/^\0?vite\/preload-helper/
];

/**
 * The groups of small modules, each a list of paths under src/lib without their extension.
 * A path that no longer names a file fails a test (chunk-groups.test.ts).
 */
export const GROUPED = {
	// What a page asks of the learner's storage before the database itself loads: whether
	// anything is stored, who is learning, and how a failure is told.
	store: [
		'db/reads',
		'db/load',
		'db/live',
		'db/profile',
		'db/storage-error',
		'db/presence',
		'db/stored',
		'progress/local-day'
	],
	// How a set of questions is drawn, answered and scored (the player, the results).
	quiz: [
		'quiz/session',
		'quiz/attempt',
		'quiz/random',
		'quiz/normalize',
		'quiz/scoring',
		'content/skills',
		'components/quiz/display'
	],
	// The player: the question, its inputs and verdict, and the attempt's state. The quiz page
	// loads it as it starts; a student's assignment page once the assignment can start.
	player: [
		'quiz/player.svelte',
		'quiz/order',
		'quiz/matching',
		'quiz/reorder',
		'components/player/QuizRunner',
		'components/player/LeftOut',
		'components/player/keys',
		'components/player/QuizHeader',
		'components/player/TestNavigator',
		'components/player/Explanation',
		'components/player/VerdictMark',
		'components/player/VerdictSheet',
		'components/quiz/QuestionInput',
		'components/quiz/Verdict',
		'components/quiz/OptionCard',
		'components/quiz/ChoiceInput',
		'components/quiz/EvidenceInput',
		'components/quiz/MatchingInput',
		'components/quiz/MultiInput',
		'components/quiz/OrderingInput',
		'components/quiz/ShortInput'
	],
	// How the article's words are shown and quoted, and how an answer reads: the lesson,
	// the article, the player and the gradebook.
	words: ['content/inline', 'content/text', 'content/evidence', 'quiz/answer', 'quiz/format'],
	// The glossary's links and the quotes in a lesson, the article and the player.
	reading: [
		'components/TermLink',
		'components/Segments',
		'components/Quote',
		'components/term-sheet',
		'content/links'
	],
	// Mastery and the dashboard's figures: Progress and the results.
	mastery: [
		'progress/mastery',
		'progress/dashboard',
		'components/progress/MasteryList',
		'content/objectives'
	],
	// The gradebook's roster, matching and table.
	class: [
		'teach/identity',
		'teach/limits',
		'teach/match',
		'teach/format',
		'teach/share',
		'teach/wrong-options',
		'teach/gradebook',
		'teach/roster',
		'text/compare',
		'text/visible',
		'text/file-name',
		'text/dates',
		'db/class-reads',
		'components/DataTable',
		'components/Card',
		'components/in-parts'
	]
};

/** @type {Record<string, number>} */
const PRIORITY = { words: 2, player: 0 };

/** @type {{ name: string, test: RegExp | ((id: string) => boolean), priority: number }[]} */
export const chunkGroups = [
	{ name: 'app', test: (id) => everyPage.some((re) => re.test(id)), priority: 10 },
	// A module that two groups import goes to the one of higher priority: the answer's wording
	// goes with the words (the gradebook shows it) rather than with the player's scoring, and
	// the quotes, the words and the scoring stay in their own groups rather than join the
	// player's, which the lesson and the article do not load.
	...Object.entries(GROUPED).map(([name, paths]) => ({
		name,
		test: lib(...paths),
		priority: PRIORITY[name] ?? 1
	}))
];
