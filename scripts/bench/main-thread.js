// The page's main-thread work after its first paint, read from the trace Lighthouse recorded,
// in thread (CPU) time. Lighthouse's blocking time scales wall-clock task lengths, which other
// processes competing for a 2-core machine stretch; thread time counts only the page's own work,
// so the page and the floor compare steadily from run to run (see README "Performance").
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, tdur?: number }} TaskEvent
 */

/**
 * CPU milliseconds of the top-level tasks that start at or after `from` (µs), and the longest.
 * @param {TaskEvent[]} events the renderer main thread's events
 * @param {number} from
 */
export function cpuAfter(events, from) {
	let total = 0;
	let longest = 0;
	for (const e of events) {
		if (e.ph !== 'X' || !TraceProcessor.isScheduleableTask(e) || e.ts < from) continue;
		const ms = (e.tdur ?? e.dur ?? 0) / 1000;
		total += ms;
		longest = Math.max(longest, ms);
	}
	return { afterPaintMs: Math.round(total), longestTaskMs: Math.round(longest) };
}

/**
 * @param {import('lighthouse').Trace | undefined} trace
 * @returns {{ afterPaintMs: number, longestTaskMs: number } | null}
 */
export function mainThreadCpu(trace) {
	if (!trace) return null;
	try {
		const processed = TraceProcessor.processTrace(trace);
		const fcp = TraceProcessor.processNavigation(processed).timestamps.firstContentfulPaint;
		return fcp === undefined ? null : cpuAfter(processed.mainThreadEvents, fcp);
	} catch {
		// A trace Lighthouse could not read leaves the column empty rather than the run failed.
		return null;
	}
}
