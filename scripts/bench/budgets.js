// The budgets (README "Performance"): each figure against its limit, met or missed and by how much.
import { KB, MB } from './bundle.js';

/**
 * One budget: `value` against `limit`. `at least` budgets (scores) are met at or above the
 * limit, the others at or below. A value of null is "not measured".
 * @typedef {{ id: string, label: string, value: number | null, limit: number, unit: string,
 *   kind: 'at most' | 'at least', where?: string, note?: string }} BudgetInput
 * @typedef {BudgetInput & { status: 'met' | 'missed' | 'not measured', by: number | null }} Budget
 */

/** @param {BudgetInput} b @returns {Budget} */
export function check(b) {
	if (b.value === null) return { ...b, status: 'not measured', by: null };
	const over = b.kind === 'at most' ? b.value - b.limit : b.limit - b.value;
	return { ...b, status: over > 0 ? 'missed' : 'met', by: over > 0 ? over : 0 };
}

export const round = (/** @type {number} */ v, digits = 1) =>
	Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * Every budget from the measurements (see README "Performance").
 * @param {any} r the results: lighthouse, bundle, storage, offline
 * @returns {Budget[]}
 */
export function budgets(r) {
	/** @type {BudgetInput[]} */
	const list = [];
	const pages = Object.entries(r.lighthouse ?? {});
	const lhLimits = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 95 };
	for (const [category, limit] of Object.entries(lhLimits)) {
		for (const [key, page] of pages) {
			list.push({
				id: `lighthouse.${key}.${category}`,
				label: `Lighthouse ${category}: ${page.label}`,
				value: page.scores?.[category] ?? null,
				limit,
				unit: 'score',
				kind: 'at least',
				note: page.notMeasured
			});
		}
	}
	for (const [key, page] of pages) {
		const cls = typeof page.cls === 'number' ? round(page.cls, 6) : null;
		const id = `lighthouse.${key}.cls`;
		list.push({ id, label: `CLS: ${page.label}`, value: cls, limit: 0, unit: '', kind: 'at most' });
	}
	const js = (/** @type {string} */ key) => r.bundle?.pages?.[key]?.js?.gzip ?? null;
	list.push(
		{
			id: 'bundle.learn.js',
			label: 'First-load JS, Learn (gzip)',
			value: js('learn'),
			limit: 40 * KB,
			unit: 'bytes',
			kind: 'at most'
		},
		{
			id: 'bundle.player.js',
			label: 'First-load JS, player (gzip)',
			value: js('player'),
			limit: 80 * KB,
			unit: 'bytes',
			kind: 'at most'
		},
		{
			id: 'precache',
			label: 'Precache (bytes stored)',
			value: r.bundle?.precache?.raw ?? null,
			limit: MB,
			unit: 'bytes',
			kind: 'at most'
		},
		{
			id: 'storage.answer-p95',
			label: 'Answer write p95 (1,000 answers)',
			value: r.storage?.answerWrite?.p95Ms ?? null,
			limit: 5,
			unit: 'ms',
			kind: 'at most'
		},
		{
			id: 'storage.dashboard',
			label: 'Dashboard compute (50,000 responses)',
			value: r.storage?.dashboard?.computeMs ?? null,
			limit: 50,
			unit: 'ms',
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
