// When work that a page does not need for its first paint may run: after the browser has
// finished loading the page and has a quiet moment, so a phone's first seconds go to the page.

/** Gives the browser a turn to paint and answer input. */
export function yieldToBrowser(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves after the browser has drawn its next frame: what is drawn then is laid out in a
 * frame of its own. A task given back with `yieldToBrowser` runs before the frame, so the
 * layout of every part drawn that way comes in one long frame. Where no frame comes (a hidden
 * tab), a timer stands in.
 */
export function afterFrame(fallback = 250): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			resolve();
		};
		const timer = setTimeout(done, fallback);
		if (
			typeof requestAnimationFrame === 'function' &&
			globalThis.document?.visibilityState !== 'hidden'
		)
			requestAnimationFrame(() => setTimeout(done, 0));
	});
}

/**
 * Resolves once the frame after the next one has been drawn: by then what the next frame drew
 * is on the screen. A busy phone shows a frame a while after drawing it; requests and scripts
 * that start in between delay what it shows.
 */
export function afterShown(): Promise<void> {
	return afterFrame().then(() => afterFrame());
}

/**
 * Resolves once the page has loaded and the browser is idle, or after `timeout` ms of a
 * busy main thread at the latest (`requestIdleCallback` where it exists, Safari has none).
 */
export function whenIdle(timeout = 2000): Promise<void> {
	if (typeof document === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
	const loaded =
		document.readyState === 'complete'
			? Promise.resolve()
			: new Promise<void>((resolve) => addEventListener('load', () => resolve(), { once: true }));
	return loaded.then(
		() =>
			new Promise<void>((resolve) => {
				if (typeof requestIdleCallback === 'function')
					requestIdleCallback(() => resolve(), { timeout });
				else setTimeout(resolve, 200);
			})
	);
}

/**
 * How long "settled" waits after the page is first idle. A page with data reads it and draws
 * it in tasks with idle moments between them (the database answers in the meantime), so the
 * first idle moment often comes before that work is done; the service worker's install, about
 * 1 MB fetched and stored, then ran beside it and stretched each of its tasks on a 2-core
 * machine (README, "Performance").
 */
export const SETTLE_DELAY_MS = 1500;

/**
 * The user-timing mark set once the page has settled: the benchmark counts a page's own
 * main-thread work up to it, and the app's background work (a first visit's notices, the
 * manifest, the service worker's install) after it (scripts/bench/main-thread.js).
 */
export const SETTLED_MARK = 'chipwise:settled';

let settled: Promise<void> | null = null;

/**
 * Resolves once the page has loaded and been idle, then idle again `SETTLE_DELAY_MS` later
 * (once per page load): when the app makes itself ready offline, and when a first visit's
 * extras load (+layout.svelte).
 */
export function pageSettled(): Promise<void> {
	settled ??= whenIdle()
		.then(() => new Promise((resolve) => setTimeout(resolve, SETTLE_DELAY_MS)))
		.then(() => whenIdle())
		.then(() => void globalThis.performance?.mark?.(SETTLED_MARK));
	return settled;
}
