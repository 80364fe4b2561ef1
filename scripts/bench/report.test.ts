import { describe, expect, it } from 'vitest';
import { budgets, type Budget } from './budgets.js';
import { lighthouseRows, show, signed, withDiff } from './report.js';

describe('differences from the floor', () => {
	it('carry a sign and a true minus, and never "-0"', () => {
		expect(signed(332)).toBe('+332');
		expect(signed(-10)).toBe('−10');
		expect(signed(-0.2)).toBe('±0');
	});

	it('show points for scores, milliseconds for blocking time and per cent for LCP', () => {
		expect(withDiff(89, 99, 'points')).toBe('89 (−10)');
		expect(withDiff(442, 110, 'ms')).toBe('442 ms (+332)');
		expect(withDiff(1530, 1320, 'percent')).toBe('1.53 s (+16 %)');
		expect(withDiff(2120, 70, 'ms')).toBe('2.12 s (+2.05 s)');
	});

	it('show the figure alone when there is no floor', () => {
		expect(withDiff(89, null, 'points')).toBe('89');
		expect(withDiff(null, 99, 'points')).toBe('–');
	});

	it('show ratios with two decimals', () => {
		expect(show(1.234, '×')).toBe('1.23×');
	});
});

describe('the Lighthouse table', () => {
	const scores = (performance: number) => ({
		performance,
		accessibility: 100,
		'best-practices': 100,
		seo: 100
	});
	const lighthouse = {
		learn: {
			label: 'Learn',
			scores: scores(89),
			lcpMs: 1530,
			tbtMs: 442,
			cpuMs: 96,
			afterSettleCpuMs: 7,
			longestTaskCpuMs: 41,
			cls: 0,
			jsTransferBytes: 2048
		},
		floor: {
			label: 'Floor',
			scores: scores(99),
			lcpMs: 1320,
			tbtMs: 110,
			cpuMs: 20,
			longestTaskCpuMs: 9,
			cls: 0,
			jsTransferBytes: 1024
		},
		gradebook: { label: 'Gradebook', path: null, notMeasured: 'not built' }
	};
	const byId = new Map<string, Budget>(budgets({ lighthouse }).map((b) => [b.id, b]));
	const rows = lighthouseRows(lighthouse, byId);

	it('puts the floor first, with its own figures', () => {
		expect(rows[0]).toEqual([
			'Floor',
			'99',
			'100',
			'100',
			'100',
			'1.32 s',
			'110 ms',
			'20 ms',
			'–',
			'9 ms',
			'0',
			'1 KB'
		]);
	});

	it('shows each page with its difference from the floor, ✗ on a miss', () => {
		expect(rows[1]).toEqual([
			'Learn',
			'89 (−10) ✗',
			'100',
			'100',
			'100',
			'1.53 s (+16 %) ✗',
			'442 ms (+332) ✗',
			'96 ms (+76) ✗',
			'7 ms',
			'41 ms (+32) ✗',
			'0',
			'2 KB'
		]);
		expect(rows[2]?.[1]).toBe('not measured: not built');
	});
});
