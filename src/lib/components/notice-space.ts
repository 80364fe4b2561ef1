// Room for a notice at the foot of the screen, while one shows: on <html>, so what Tab brings
// into view stays clear of it (scroll-padding), and on the page's <main>, so its end can scroll
// out from under it. The property is registered as not inherited (app.css): changing it restyles
// these two elements, not every element of the page.
const targets = () =>
	[document.documentElement, document.getElementById('main')].filter((el) => el !== null);

/** Keeps `px` of room below the page; returns what gives the room back. */
export function keepNoticeSpace(px: number): () => void {
	const kept = targets();
	for (const el of kept) el.style.setProperty('--notice-space', `${px}px`);
	return () => {
		for (const el of kept) el.style.removeProperty('--notice-space');
	};
}
