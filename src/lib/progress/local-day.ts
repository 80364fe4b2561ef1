// Calendar days in the device's time zone. A local day is not always 24 hours (daylight
// saving), so nothing here finds a local day by adding 86,400,000 ms to a local time.

const DAY_MS = 86_400_000;

/**
 * The local calendar date of `ms` as a whole number of days since 1970-01-01: the UTC date of
 * the same wall-clock time. One Date per call, and correct on daylight-saving days, because the
 * offset is the one in force at `ms`.
 */
export function localDayNumber(ms: number): number {
	return Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / DAY_MS);
}

/** 'YYYY-MM-DD' of a day number from `localDayNumber`. */
export function dayNumberKey(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' in the device's local time zone. */
export function localDayKey(ms: number): string {
	return dayNumberKey(localDayNumber(ms));
}

/** The last ms of the local day containing `now`. */
export function endOfLocalDay(now: number): number {
	const d = new Date(now);
	return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}

/** The first ms of the local day containing `now`. */
export function startOfLocalDay(now: number): number {
	const d = new Date(now);
	return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}
