// The assignment before the app loads. A student opens a teacher's link on a slow phone: the
// prerendered page holds the assignment's card, empty and hidden (Intro.svelte); this fills it
// in from the link and shows it, in the first paint. The build puts it in the page as an inline
// script (scripts/build/assignment-preview.js), before SvelteKit's start-up, which then loads
// the app after the first paint (`data-preview`, scripts/build/paint-first.js). The app, as it
// hydrates, reads the facts back from the card (`filledFacts`) and finds them in place.
import { storedHint } from '$lib/db/name';
import {
	ASSIGNMENT_PREFIX,
	ASSIGNMENT_VERSIONS,
	MAX_ASSIGNMENT_CHARS
} from '$lib/teach/assignment-wire';
import { codeBytes, MAX_INFLATED_BYTES, readInflated } from '$lib/teach/codec';
import { inflateStream } from '$lib/teach/inflate-stream';
import { fillPreview } from './intro-fill';
import { factsOfCode, previewCode } from './link-preview';

/**
 * Fills the page's card from its address where the app would show it so; true if it did. It
 * marks `data-preview` at once, before it reads the link, so that SvelteKit's start-up (which
 * runs next) loads the app after the first paint instead of beside it.
 */
export async function previewPage(doc: Document, now = Date.now()): Promise<boolean> {
	const code = previewCode(doc.location, storedHint());
	if (code === null) return false;
	const body = codeBytes(ASSIGNMENT_PREFIX, ASSIGNMENT_VERSIONS, code, MAX_ASSIGNMENT_CHARS);
	if (!body.ok) return false;
	doc.documentElement.dataset.preview = '';
	const out = await inflateStream(body.bytes, MAX_INFLATED_BYTES);
	const facts = factsOfCode(code, readInflated(ASSIGNMENT_PREFIX, out), now);
	if (!facts) return false;
	fillPreview(doc, facts);
	doc.title = `${facts.title} · Chipwise`;
	return true;
}
