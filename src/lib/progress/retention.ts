// How much a learner wants to remember: the share of questions they should still know when a
// review comes due. Kept apart from the scheduler (ts-fsrs), so the settings and the pages that
// choose it load no scheduling code.

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

/** A stored or typed-in retention, made safe: anything but a finite number is the default. */
export function clampRetention(x: unknown): number {
	if (typeof x !== 'number' || !Number.isFinite(x)) return DEFAULT_RETENTION;
	return Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, x));
}
