import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cpuAfter, SETTLED_MARK } from './main-thread.js';

const task = (ts: number, ms: number, cpuMs?: number) => ({
	name: 'RunTask',
	ph: 'X',
	ts,
	dur: ms * 1000,
	...(cpuMs === undefined ? {} : { tdur: cpuMs * 1000 })
});

describe('main-thread CPU after the first paint', () => {
	it('adds the thread time of the tasks from the first paint on, and names the longest', () => {
		const events = [task(100, 50, 40), task(2000, 80, 30), task(3000, 20, 12)];
		expect(cpuAfter(events, 1000)).toEqual({
			afterPaintMs: 42,
			afterSettleMs: null,
			longestTaskMs: 30
		});
	});

	it('counts the tasks from the settled mark on apart, and the longest of all', () => {
		const events = [task(2000, 80, 10), task(3000, 20, 12), task(4000, 20, 13.44)];
		expect(cpuAfter(events, 1000, 3000)).toEqual({
			afterPaintMs: 10,
			afterSettleMs: 25,
			longestTaskMs: 13.4
		});
	});

	it('counts top-level tasks only, and wall time where a trace has no thread time', () => {
		const nested = { name: 'FunctionCall', ph: 'X', ts: 2100, dur: 60_000, tdur: 60_000 };
		expect(cpuAfter([task(2000, 25), nested], 0)).toEqual({
			afterPaintMs: 25,
			afterSettleMs: null,
			longestTaskMs: 25
		});
	});

	it('reads the mark the app sets once the page has settled', () => {
		const schedule = readFileSync('src/lib/schedule.ts', 'utf8');
		expect(schedule).toContain(`SETTLED_MARK = '${SETTLED_MARK}'`);
		expect(schedule).toContain('performance?.mark?.(SETTLED_MARK)');
	});
});
