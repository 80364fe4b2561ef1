// What the layout adds to a page after its first paint (its notices, the service worker's
// start, the learner's look-up) waits for the page's own content. Most pages have it in their
// prerendered HTML; a page that draws its content later (the assignment page: from its link,
// then the pack) holds the layout's extras until it has drawn it, so a phone fetches and runs
// what the student came for first. A hold that is never let go ends after `HOLD_LIMIT_MS`.
import { afterShown } from './schedule';

export const HOLD_LIMIT_MS = 4000;

let held: Promise<void> | null = null;

/** Holds the layout's extras; call the function returned once the page's content is drawn. */
export function holdExtras(limit = HOLD_LIMIT_MS): () => void {
	let release = () => {};
	const drawn = new Promise<void>((resolve) => (release = resolve));
	const timer = setTimeout(release, limit);
	const hold = drawn.then(() => clearTimeout(timer));
	held = hold;
	void hold.then(() => {
		if (held === hold) held = null;
	});
	return release;
}

/** Resolves once no page holds the layout's extras, and the content it waited for is shown. */
export function contentDrawn(): Promise<void> {
	return held ? held.then(afterShown) : Promise.resolve();
}
