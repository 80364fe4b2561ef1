/**
 * The web app manifest is linked once the page has settled, beside the service worker's
 * registration, not in the page's head. A manifest in the head sends the browser to fetch it,
 * with its icons, and to check whether the app can be installed while the page loads: in
 * Chromium's traces of a first visit, the browser's own threads then worked for about 600 ms
 * after the first paint, on the same cores as the page (README, "Performance"). The app cannot
 * be installed before its service worker runs anyway, and that waits for the same moment.
 */
export function linkManifest(href: string): void {
	if (document.head.querySelector('link[rel="manifest"]')) return;
	const link = document.createElement('link');
	link.rel = 'manifest';
	link.href = href;
	document.head.append(link);
}
