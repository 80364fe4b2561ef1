// Budgets, the Markdown tables (stdout and README) and bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { ABSOLUTE_RULES, FLOOR_KEY, FLOOR_RULES, round } from './budgets.js';
import { KB, MB } from './bundle.js';

/** @typedef {import('./budgets.js').Budget} Budget */

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/** @param {number | null | undefined} v @param {string} unit */
export function show(v, unit) {
	if (v === null || v === undefined) return '–';
	if (unit === 'bytes') return v >= MB ? `${round(v / MB, 2)} MB` : `${round(v / KB)} KB`;
	if (unit === 'ms') return v >= 1000 ? `${round(v / 1000, 2)} s` : `${round(v)} ms`;
	if (unit === 'score') return String(Math.round(v));
	if (unit === '×') return `${round(v, 2)}×`;
	// Shifts too small to show at 3 decimals still miss a budget of 0: show them.
	return v > 0 && v < 0.001 ? v.toPrecision(2) : String(round(v, 3));
}

const mark = (/** @type {Budget | undefined} */ b) => (b?.status === 'missed' ? ' ✗' : '');

/** A difference with its sign, a true minus and no "-0": `+332`, `−10`, `±0`. */
export function signed(/** @type {number} */ d, digits = 0) {
	const r = round(d, digits);
	if (r === 0) return '±0';
	return r > 0 ? `+${r}` : `−${Math.abs(r)}`;
}

/**
 * A page's figure and its difference from the floor's: points for scores (`89 (−10)`),
 * milliseconds for blocking time (`442 ms (+332)`), per cent for LCP (`1.53 s (+16 %)`).
 * @param {number | null | undefined} v
 * @param {number | null | undefined} floor
 * @param {'points' | 'ms' | 'percent'} how
 */
export function withDiff(v, floor, how) {
	const unit = how === 'points' ? 'score' : 'ms';
	if (v === null || v === undefined || floor === null || floor === undefined) return show(v, unit);
	if (how === 'percent') {
		return floor > 0 ? `${show(v, unit)} (${signed((v / floor - 1) * 100)} %)` : show(v, unit);
	}
	// A difference of a second or more in seconds, like the figure itself (`2.12 s (+2.05 s)`).
	const d = v - floor;
	return `${show(v, unit)} (${Math.abs(d) >= 1000 ? `${signed(d / 1000, 2)} s` : signed(d)})`;
}

/**
 * The Lighthouse table: the floor first with its figures, then each page with the difference
 * from the floor where the budget is one; ✗ on a missed budget.
 * @param {Record<string, any>} lighthouse
 * @param {Map<string, Budget>} byId
 */
export function lighthouseRows(lighthouse, byId) {
	const floor = lighthouse[FLOOR_KEY];
	const f = floor && !floor.notMeasured ? floor : null;
	const absolute = ['accessibility', 'best-practices', 'seo'];
	const ordered = Object.entries(lighthouse).sort(([a], [b]) =>
		a === FLOOR_KEY ? -1 : b === FLOOR_KEY ? 1 : 0
	);
	return ordered.map(([key, p]) => {
		if (p.notMeasured)
			return [p.label, `not measured: ${p.notMeasured}`, '', '', '', '', '', '', '', '', '', ''];
		const m = (/** @type {string} */ id) => mark(byId.get(`lighthouse.${key}.${id}`));
		const isFloor = key === FLOOR_KEY;
		const base = isFloor ? null : f;
		return [
			p.label,
			withDiff(p.scores.performance, base?.scores.performance, 'points') + m('performance'),
			...absolute.map((c) => show(p.scores[c], 'score') + m(c)),
			withDiff(p.lcpMs, base?.lcpMs, 'percent') + m('lcp'),
			withDiff(p.tbtMs, base?.tbtMs, 'ms') + m('tbt'),
			withDiff(p.cpuMs, base?.cpuMs, 'ms') + m('cpu'),
			show(p.afterSettleCpuMs, 'ms'),
			withDiff(p.longestTaskCpuMs, base?.longestTaskCpuMs, 'ms') + m('longest-task'),
			show(p.cls, '') + m('cls'),
			show(p.jsTransferBytes, 'bytes')
		];
	});
}

/** @param {string[]} head @param {string[][]} rows */
function table(head, rows) {
	const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The Markdown the benchmark prints and puts in README.md.
 * @param {any} r the whole results object
 */
export function markdown(r) {
	const byId = new Map(r.budgets.map((/** @type {Budget} */ b) => [b.id, b]));
	const m = r.machine;
	const out = [
		`Measured ${r.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB RAM), ` +
			`Node ${m.node}, ${m.chromium}, Lighthouse ${m.lighthouse}, Lighthouse benchmark ` +
			`index ${show(m.benchmarkIndex, 'score')} (median of every Lighthouse run); median of ${r.runs} ` +
			`run${r.runs === 1 ? '' : 's'}; the whole benchmark took ${show(r.durationSeconds * 1000, 'ms')}. ` +
			'✗ marks a missed budget.',
		'',
		'**Lighthouse** (mobile preset, simulated throttling; each page right after the floor, a bare SvelteKit page; in brackets, the difference from the median of all the floor runs)',
		'',
		table(
			[
				'Page',
				'Performance',
				'Accessibility',
				'Best practices',
				'SEO',
				'LCP',
				'TBT',
				'Main thread after first paint (CPU)',
				'Once settled (CPU)',
				'Longest task (CPU)',
				'CLS',
				'JS transferred'
			],
			lighthouseRows(r.lighthouse, byId)
		),
		'',
		'**First-load JavaScript and CSS** (what each page loads before it is interactive; gzip / brotli; CSS counts the styles inlined in the page and any stylesheet file it links)',
		'',
		table(
			['Page', 'JS gzip', 'JS brotli', 'CSS gzip', 'CSS brotli', 'Files'],
			Object.entries(r.bundle.pages).map(([key, p]) =>
				p.notMeasured
					? [p.label, `not measured: ${p.notMeasured}`, '', '', '', '']
					: [
							p.label,
							show(p.js.gzip, 'bytes') + mark(byId.get(`bundle.${key}.js`)),
							show(p.js.brotli, 'bytes'),
							show(p.css.gzip, 'bytes'),
							show(p.css.brotli, 'bytes'),
							`${p.jsFiles} JS, ${p.cssFiles} CSS`
						]
			)
		),
		'',
		'**Budgets**',
		'',
		table(['Budget', 'Limit', 'Measured', 'Status'], summaryRows(r))
	];
	return out.join('\n');
}

/** One row per budget kind: Lighthouse and CLS folded over pages, the rest as they are. */
function summaryRows(/** @type {any} */ r) {
	/** @type {Budget[]} */
	const all = r.budgets;
	/** @type {string[][]} */
	const rows = [];
	const status = (/** @type {Budget[]} */ group) => {
		const missed = group.filter((b) => b.status === 'missed');
		const measured = group.filter((b) => b.status !== 'not measured').length;
		const unmeasured = group.length - measured ? ` (${group.length - measured} not measured)` : '';
		if (!missed.length) return `met on ${measured} of ${measured} pages${unmeasured}`;
		const list = missed.map((b) => `${b.label.split(': ')[1]} by ${show(b.by, b.unit)}`);
		return `✗ missed on ${missed.length} of ${measured}${unmeasured}: ${list.join(', ')}`;
	};
	for (const rule of [...FLOOR_RULES, ...ABSOLUTE_RULES]) {
		const group = all.filter((b) => b.id.startsWith('lighthouse.') && b.id.endsWith(`.${rule.id}`));
		const values = group.map((b) => b.value).filter((v) => v !== null);
		const worst = rule.kind === 'at most' ? Math.max(...values) : Math.min(...values);
		const floor = group[0]?.floor;
		const measured = values.length ? `worst ${show(worst, rule.unit)}` : '–';
		rows.push([
			`${rule.label}, ${rule.scope ?? 'every page'}`,
			rule.rule,
			floor === undefined ? measured : `floor ${show(floor, rule.unit)}; ${measured}`,
			status(group)
		]);
	}
	for (const b of all.filter((x) => !x.id.startsWith('lighthouse.'))) {
		const verdict = b.status === 'missed' ? `✗ missed by ${show(b.by, b.unit)}` : b.status;
		rows.push([b.label, `≤ ${show(b.limit, b.unit)}`, show(b.value, b.unit), verdict]);
	}
	const s = r.storage;
	const a = s.answerWrite;
	const d = s.dashboard;
	rows.push(
		[
			`Answer write p95 (${a.answers.toLocaleString('en')} answers): app, bare IndexedDB`,
			'–',
			`${show(a.p95Ms, 'ms')}, ${show(a.bare.p95Ms, 'ms')}`,
			'no budget'
		],
		[
			'Answer write p50: app, bare',
			'–',
			`${show(a.p50Ms, 'ms')}, ${show(a.bare.p50Ms, 'ms')}`,
			'no budget'
		],
		[
			`Dashboard (${d.responses.toLocaleString('en')} answers): app read + compute, plain getAll + loop`,
			'–',
			`${show(d.readMs, 'ms')} + ${show(d.computeMs, 'ms')}, ${show(d.bare.readMs, 'ms')} + ${show(d.bare.passMs, 'ms')}`,
			'no budget'
		],
		['Precache transferred (gzip)', '–', show(r.bundle.precache.gzip, 'bytes'), 'no budget'],
		[
			"Teacher's tools (stored when Teach is first opened)",
			'–',
			r.bundle.teacherCache ? show(r.bundle.teacherCache.raw, 'bytes') : 'not measured',
			'no budget'
		],
		[
			`Gradebook import (${s.gradebookImport.receipts} receipts)`,
			'–',
			s.gradebookImport.notMeasured
				? `not measured: ${s.gradebookImport.notMeasured}`
				: show(s.gradebookImport.ms, 'ms'),
			'no budget'
		]
	);
	return rows;
}

/**
 * Replaces what lies between the bench markers in README.md; other text is left alone.
 * @param {string} file
 * @param {string} text
 * @returns {boolean} whether the markers were found
 */
export function updateReadme(file, text) {
	const readme = readFileSync(file, 'utf8');
	const start = readme.indexOf(README_START);
	const end = readme.indexOf(README_END);
	if (start < 0 || end < start) return false;
	const next = `${readme.slice(0, start + README_START.length)}\n\n${text}\n\n${readme.slice(end)}`;
	writeFileSync(file, next);
	return true;
}

/** @param {string} file @param {any} results */
export function writeResults(file, results) {
	writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
}
