// Dates and numbers as the device's locale writes them, through one formatter per style
// (`Date#toLocaleDateString(undefined, options)` builds a new one on every call). The first
// formatter a page makes loads the browser's date data: about 10 ms here, 40 on a phone, once
// per page. `loadDateFormats()` does that in a task of its own, for a page to call while it
// waits for its data, so the task that renders the dates does not carry it.

const formats = new Map<string, Intl.DateTimeFormat>();

/** The device's formatter for `options`, made once. */
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = JSON.stringify(options);
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(undefined, options);
		formats.set(key, format);
	}
	return format;
}

/** Loads the browser's date data now (see above). */
export function loadDateFormats(): void {
	dateFormat({ day: 'numeric' });
}

/** `date` (a Date or milliseconds) in the device's locale, with `options`. */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions): string {
	return dateFormat(options).format(date);
}

/** A calendar day (YYYY-MM-DD) as a local date, at noon so no time zone moves it a day. */
export function localDay(day: string): Date {
	const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
	return new Date(y, m - 1, d, 12);
}

let numbers: Intl.NumberFormat | null = null;

/** A count with thousands marked: "499,990". */
export function number(n: number): string {
	numbers ??= new Intl.NumberFormat('en');
	return numbers.format(n);
}
