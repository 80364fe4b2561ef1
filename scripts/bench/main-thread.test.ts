import { describe, expect, it } from 'vitest';
import { cpuAfter } from './main-thread.js';

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
		expect(cpuAfter(events, 1000)).toEqual({ afterPaintMs: 42, longestTaskMs: 30 });
	});

	it('counts top-level tasks only, and wall time where a trace has no thread time', () => {
		const nested = { name: 'FunctionCall', ph: 'X', ts: 2100, dur: 60_000, tdur: 60_000 };
		expect(cpuAfter([task(2000, 25), nested], 0)).toEqual({ afterPaintMs: 25, longestTaskMs: 25 });
	});
});
