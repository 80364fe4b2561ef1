// After a move to another page, focus goes to that page's main heading, so a keyboard user
// starts from the content rather than from the top of the app, and a screen reader reads
// where they are. Not on the first load (the browser starts at the top), and never when
// something on the page has already taken focus (the player puts it on its question).

/** Focuses the page's `<h1>` if nothing has focus yet; reports whether it did. */
export function focusMainHeading(doc: Document = document): boolean {
	const active = doc.activeElement;
	if (active && active !== doc.body) return false;
	const heading = doc.querySelector<HTMLElement>('main h1');
	if (!heading) return false;
	if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
	heading.focus({ preventScroll: true });
	return doc.activeElement === heading;
}
