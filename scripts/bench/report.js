// Budgets, the Markdown tables (stdout and README) and bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { round } from './budgets.js';
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
	// Shifts too small to show at 3 decimals still miss a budget of 0: show them.
	return v > 0 && v < 0.001 ? v.toPrecision(2) : String(round(v, 3));
}

const mark = (/** @type {Budget | undefined} */ b) => (b?.status === 'missed' ? ' ✗' : '');

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
			`Node ${m.node}, ${m.chromium}, Lighthouse ${m.lighthouse}; median of ${r.runs} ` +
			`run${r.runs === 1 ? '' : 's'}; the whole benchmark took ${show(r.durationSeconds * 1000, 'ms')}. ` +
			'✗ marks a missed budget.',
		'',
		'**Lighthouse** (mobile preset, simulated throttling)',
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
				'CLS',
				'JS transferred'
			],
			Object.entries(r.lighthouse).map(([key, p]) =>
				p.notMeasured
					? [p.label, `not measured: ${p.notMeasured}`, '', '', '', '', '', '', '']
					: [
							p.label,
							...['performance', 'accessibility', 'best-practices', 'seo'].map(
								(c) => show(p.scores[c], 'score') + mark(byId.get(`lighthouse.${key}.${c}`))
							),
							show(p.lcpMs, 'ms'),
							show(p.tbtMs, 'ms'),
							show(p.cls, '') + mark(byId.get(`lighthouse.${key}.cls`)),
							show(p.jsTransferBytes, 'bytes')
						]
			)
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
	/** @type {[string, string, string][]} */
	const folded = [
		['performance', 'Lighthouse performance, every page', '100'],
		['accessibility', 'Lighthouse accessibility, every page', '100'],
		['best-practices', 'Lighthouse best practices, every page', '100'],
		['seo', 'Lighthouse SEO, every page', '≥ 95'],
		['cls', 'CLS, every page', '0']
	];
	for (const [suffix, label, limit] of folded) {
		const group = all.filter((b) => b.id.startsWith('lighthouse.') && b.id.endsWith(`.${suffix}`));
		const values = group.map((b) => b.value).filter((v) => v !== null);
		const worst = suffix === 'cls' ? Math.max(...values) : Math.min(...values);
		rows.push([label, limit, `worst ${show(worst, group[0]?.unit ?? '')}`, status(group)]);
	}
	for (const b of all.filter((x) => !x.id.startsWith('lighthouse.'))) {
		const verdict = b.status === 'missed' ? `✗ missed by ${show(b.by, b.unit)}` : b.status;
		rows.push([b.label, `≤ ${show(b.limit, b.unit)}`, show(b.value, b.unit), verdict]);
	}
	const s = r.storage;
	rows.push(
		['Dashboard read from IndexedDB (50,000)', '–', show(s.dashboard.readMs, 'ms'), 'no budget'],
		['Precache transferred (gzip)', '–', show(r.bundle.precache.gzip, 'bytes'), 'no budget'],
		[
			`Gradebook import (${s.gradebookImport.receipts} receipts)`,
			'–',
			s.gradebookImport.notMeasured
				? `not measured: ${s.gradebookImport.notMeasured}`
				: show(s.gradebookImport.ms, 'ms'),
			'no budget'
		],
		['Answer write p50', '–', show(s.answerWrite.p50Ms, 'ms'), 'no budget']
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
