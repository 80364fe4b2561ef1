// The budgets (README "Performance"): each figure against its limit, met or missed and by how much.
import { FIRST_LOAD_JS_BUDGETS, MB } from './bundle.js';
import { FIRST_VISIT_KEYS } from './pages.js';

/**
 * One budget: `value` against `limit`. `at least` budgets (scores) are met at or above the
 * limit, the others at or below. A value or limit of null is "not measured" (a limit is null
 * when the floor it is taken from was not measured). `floor` is the floor's figure the limit
 * comes from, for budgets that are differences from it.
 * @typedef {{ id: string, label: string, value: number | null, limit: number | null,
 *   unit: string, kind: 'at most' | 'at least', floor?: number | null, where?: string,
 *   note?: string }} BudgetInput
 * @typedef {BudgetInput & { status: 'met' | 'missed' | 'not measured', by: number | null }} Budget
 */

/** @param {BudgetInput} b @returns {Budget} */
export function check(b) {
	if (b.value === null || b.limit === null) return { ...b, status: 'not measured', by: null };
	const over = b.kind === 'at most' ? b.value - b.limit : b.limit - b.value;
	return { ...b, status: over > 0 ? 'missed' : 'met', by: over > 0 ? over : 0 };
}

export const round = (/** @type {number} */ v, digits = 1) =>
	Math.round(v * 10 ** digits) / 10 ** digits;

/** The key of the floor (a bare SvelteKit page) among the Lighthouse results. */
export const FLOOR_KEY = 'floor';

/**
 * @typedef {{ id: string, label: string, unit: string, kind: 'at most' | 'at least',
 *   pick: (page: any) => number | null, limit: (floor: number) => number, rule: string,
 *   applies?: (key: string) => boolean, scope?: string }} Rule
 * `applies`: the pages the budget is for, by their key (all where it is missing); `scope`
 * names them in the report ("every page" where it is missing).
 */

/** Lighthouse figures judged against the median of the floor's runs in the same benchmark. */
/** @type {Rule[]} */
export const FLOOR_RULES = [
	{
		id: 'performance',
		label: 'Lighthouse performance',
		unit: 'score',
		kind: 'at least',
		pick: (p) => p.scores?.performance ?? null,
		limit: (f) => f - 2,
		rule: 'floor − 2'
	},
	{
		id: 'tbt',
		label: 'Total blocking time',
		unit: 'ms',
		kind: 'at most',
		pick: (p) => p.tbtMs ?? null,
		limit: (f) => f + 100,
		rule: 'floor + 100 ms'
	},
	{
		// The same allowance as blocking time, in the thread time of the page's own work: Lighthouse
		// slows the CPU 4×, so 100 ms there is 25 ms here (see main-thread.js). A first visit's own
		// work, until the page has settled (the app's background work comes after); the pages
		// with data are held to the length of their tasks instead (below).
		id: 'cpu',
		label: 'Main-thread CPU after first paint',
		unit: 'ms',
		kind: 'at most',
		pick: (p) => p.cpuMs ?? null,
		limit: (f) => f + 25,
		rule: 'floor + 25 ms',
		applies: (key) => FIRST_VISIT_KEYS.has(key),
		scope: 'each first visit, until it has settled'
	},
	{
		id: 'lcp',
		label: 'LCP',
		unit: 'ms',
		kind: 'at most',
		pick: (p) => p.lcpMs ?? null,
		limit: (f) => f * 1.1,
		rule: 'floor × 1.10'
	}
];

/** @param {string} id @param {string} name @param {number} limit @returns {Rule} */
const score = (id, name, limit) => ({
	id,
	label: `Lighthouse ${name}`,
	unit: 'score',
	kind: 'at least',
	pick: (p) => p.scores?.[id] ?? null,
	limit: () => limit,
	rule: limit === 100 ? '100' : `≥ ${limit}`
});

/** 50 ms on the phone Lighthouse simulates (its CPU 4× slower), in this machine's CPU time. */
export const LONGEST_TASK_MS = 12.5;

/** Lighthouse figures with a fixed limit, whatever the machine. */
/** @type {Rule[]} */
export const ABSOLUTE_RULES = [
	score('accessibility', 'accessibility', 100),
	score('best-practices', 'best practices', 100),
	score('seo', 'SEO', 95),
	{
		// The "tasks under 50 ms" on the phone Lighthouse simulates, 4 times slower than
		// this machine: every task after the first paint, the background work's included.
		id: 'longest-task',
		label: 'Longest task after first paint (CPU)',
		unit: 'ms',
		kind: 'at most',
		pick: (p) => p.longestTaskCpuMs ?? null,
		limit: () => LONGEST_TASK_MS,
		rule: `${LONGEST_TASK_MS} ms`
	},
	{
		id: 'cls',
		label: 'CLS',
		unit: '',
		kind: 'at most',
		pick: (p) => (typeof p.cls === 'number' ? round(p.cls, 6) : null),
		limit: () => 0,
		rule: '0'
	}
];

/**
 * The Lighthouse budgets of every page but the floor.
 * @param {Record<string, any>} lighthouse
 * @returns {BudgetInput[]}
 */
function lighthouseBudgets(lighthouse) {
	const floor = lighthouse[FLOOR_KEY];
	const floorOf = (/** @type {Rule} */ rule) =>
		floor && !floor.notMeasured ? rule.pick(floor) : null;
	const pages = Object.entries(lighthouse).filter(([key]) => key !== FLOOR_KEY);
	return [...FLOOR_RULES, ...ABSOLUTE_RULES].flatMap((rule) => {
		const relative = FLOOR_RULES.includes(rule);
		const f = relative ? floorOf(rule) : null;
		const applies = rule.applies ?? (() => true);
		return pages
			.filter(([key]) => applies(key))
			.map(([key, page]) => ({
				id: `lighthouse.${key}.${rule.id}`,
				label: `${rule.label}: ${page.label}`,
				value: page.notMeasured ? null : rule.pick(page),
				limit: relative ? (f === null ? null : rule.limit(f)) : rule.limit(0),
				unit: rule.unit,
				kind: rule.kind,
				...(relative ? { floor: f } : {}),
				note: page.notMeasured
			}));
	});
}

/**
 * Every budget from the measurements (see README "Performance").
 * @param {any} r the results: lighthouse, bundle, storage, offline
 * @returns {Budget[]}
 */
export function budgets(r) {
	/** @type {BudgetInput[]} */
	const list = lighthouseBudgets(r.lighthouse ?? {});
	const js = (/** @type {string} */ key) => r.bundle?.pages?.[key]?.js?.gzip ?? null;
	list.push(
		...FIRST_LOAD_JS_BUDGETS.map((budget) => ({
			id: `bundle.${budget.key}.js`,
			label: `First-load JS, ${budget.label} (gzip)`,
			value: js(budget.key),
			limit: budget.limit,
			unit: 'bytes',
			kind: /** @type {const} */ ('at most')
		})),
		{
			id: 'precache',
			label: 'Precache (bytes stored)',
			value: r.bundle?.precache?.raw ?? null,
			limit: MB,
			unit: 'bytes',
			kind: 'at most'
		},
		{
			id: 'storage.answer-ratio',
			label: 'Answer write p95, app ÷ bare IndexedDB',
			value: r.storage?.answerWrite?.ratio ?? null,
			limit: 1.5,
			unit: '×',
			kind: 'at most'
		},
		{
			id: 'storage.dashboard-ratio',
			label: 'Dashboard over 50,000 answers, app ÷ plain pass',
			value: r.storage?.dashboard?.ratio ?? null,
			limit: 3,
			unit: '×',
			kind: 'at most'
		},
		{
			id: 'offline.start',
			label: 'Offline start to interactive',
			value: r.offline?.ms ?? null,
			limit: 300,
			unit: 'ms',
			kind: 'at most'
		}
	);
	return list.map(check);
}
