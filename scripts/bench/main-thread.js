// The page's main-thread work after its first paint, read from the trace Lighthouse recorded,
// in thread (CPU) time. Lighthouse's blocking time scales wall-clock task lengths, which other
// processes competing for a 2-core machine stretch; thread time counts only the page's own work,
// so the page and the floor compare steadily from run to run (see README "Performance").
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';

/**
 * The user-timing mark the app sets once the page has settled: loaded, idle, and idle again
 * 1.5 s later (`SETTLED_MARK`, src/lib/schedule.ts). The tasks after it are the app's background
 * work: on a first visit, its notices and the learner's look-up; on every visit, the manifest
 * and the service worker's install (the precache's requests and writes, which Chromium answers
 * with a small task on the page's main thread for each file).
 */
export const SETTLED_MARK = 'chipwise:settled';

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, tdur?: number, cat?: string }} TaskEvent
 * @typedef {{ afterPaintMs: number, afterSettleMs: number | null, longestTaskMs: number }} MainThread
 */

/**
 * CPU milliseconds of the top-level tasks that start at or after `from` (µs): those that start
 * before `settle` (µs, the mark; none in the floor) are the page's own, the later ones the
 * app's background work. The longest task of either.
 * @param {TaskEvent[]} events the renderer main thread's events
 * @param {number} from
 * @param {number | null} [settle]
 * @returns {MainThread}
 */
export function cpuAfter(events, from, settle = null) {
	let page = 0;
	let background = 0;
	let longest = 0;
	for (const e of events) {
		if (e.ph !== 'X' || !TraceProcessor.isScheduleableTask(e) || e.ts < from) continue;
		const ms = (e.tdur ?? e.dur ?? 0) / 1000;
		if (settle !== null && e.ts >= settle) background += ms;
		else page += ms;
		longest = Math.max(longest, ms);
	}
	return {
		afterPaintMs: Math.round(page),
		afterSettleMs: settle === null ? null : Math.round(background),
		longestTaskMs: Math.round(longest * 10) / 10
	};
}

/**
 * @param {import('lighthouse').Trace | undefined} trace
 * @returns {MainThread | null}
 */
export function mainThreadCpu(trace) {
	if (!trace) return null;
	try {
		const processed = TraceProcessor.processTrace(trace);
		const fcp = TraceProcessor.processNavigation(processed).timestamps.firstContentfulPaint;
		const mark = trace.traceEvents.find(
			(e) => e.name === SETTLED_MARK && String(e.cat).includes('user_timing')
		);
		return fcp === undefined ? null : cpuAfter(processed.mainThreadEvents, fcp, mark?.ts ?? null);
	} catch {
		// A trace Lighthouse could not read leaves the column empty rather than the run failed.
		return null;
	}
}
