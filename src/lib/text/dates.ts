// Dates and numbers in English, written out so no reader mistakes the day for the month:
// "Mon 3 Dec", "Monday 3 December", "3 Dec 2026, 14:05". A browser set to American English
// gets its own order and clock ("Mon, Dec 3", "Dec 3, 2026, 2:05 PM").
//
// Written here rather than through `Intl.DateTimeFormat`: the first formatter a page makes loads
// the browser's locale data, one task of 15–40 ms on this machine and four times that on a
// phone, which is most of what Progress and the gradebook would otherwise block for. The app
// speaks English only; the languages to come bring their own formats.

const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const MONTHS =
	'January February March April May June July August September October November December'.split(
		' '
	);

/** Whether dates follow American English: month before day, a 12-hour clock. */
export function american(language = globalThis.navigator?.language ?? ''): boolean {
	return /^en-US\b/i.test(language);
}

interface Style {
	long?: boolean;
	weekday?: boolean;
	year?: boolean;
	time?: boolean;
}

function write(date: Date | number, style: Style, us: boolean): string {
	const d = new Date(date);
	const name = (names: string[], i: number) => (names[i] ?? '').slice(0, style.long ? 9 : 3);
	const comma = us ? ',' : '';
	const month = name(MONTHS, d.getMonth());
	let text = us ? `${month} ${d.getDate()}` : `${d.getDate()} ${month}`;
	if (style.weekday) text = `${name(DAYS, d.getDay())}${comma} ${text}`;
	if (style.year) text += `${comma} ${d.getFullYear()}`;
	if (!style.time) return text;
	const minutes = String(d.getMinutes()).padStart(2, '0');
	const hours = d.getHours();
	const clock = us
		? `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
		: `${String(hours).padStart(2, '0')}:${minutes}`;
	return `${text}, ${clock}`;
}

/** "Mon 3 Dec" (US: "Mon, Dec 3"). */
export const shortDay = (date: Date | number, us = american()) =>
	write(date, { weekday: true }, us);

/** "Monday 3 December" (US: "Monday, December 3"). */
export const longDay = (date: Date | number, us = american()) =>
	write(date, { weekday: true, long: true }, us);

/** "Mon 3 Dec 2026" (US: "Mon, Dec 3, 2026"). */
export const shortDate = (date: Date | number, us = american()) =>
	write(date, { weekday: true, year: true }, us);

/** "3 Dec 2026, 14:05" (US: "Dec 3, 2026, 2:05 PM"). */
export const moment = (date: Date | number, us = american()) =>
	write(date, { year: true, time: true }, us);

/** A calendar day (YYYY-MM-DD) as a local date, at noon so no time zone moves it a day. */
export function localDay(day: string): Date {
	const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
	return new Date(y, m - 1, d, 12);
}

/** A count with thousands marked: "499,990". */
export function number(n: number): string {
	const [whole = '', fraction] = String(n).split('.');
	const marked = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction === undefined ? marked : `${marked}.${fraction}`;
}

/** A calendar day (YYYY-MM-DD) as a pack's source shows it: "22 May 2023", for every reader. */
export const dayLabel = (day: string) => write(localDay(day), { long: true, year: true }, false);
