// The assignment's card as the page's first paint fills it (intro-preview.ts), and as the app
// finds it when it hydrates: each fact in an element marked `data-fill` (its text) or
// `data-row` (shown when the fact is not empty), as Intro.svelte marks them.
import { INTRO_FACT_KEYS, type IntroFacts } from './intro-facts';

const isFact = (key: string | undefined): key is keyof IntroFacts =>
	(INTRO_FACT_KEYS as readonly (string | undefined)[]).includes(key);

/** Writes each fact as text where the card names it, and shows the card. */
export function fillPreview(root: ParentNode, facts: IntroFacts): void {
	for (const el of root.querySelectorAll<HTMLElement>('[data-fill]')) {
		const key = el.dataset.fill;
		if (isFact(key)) el.textContent = facts[key];
	}
	for (const el of root.querySelectorAll<HTMLElement>('[data-row]')) {
		const key = el.dataset.row;
		if (isFact(key)) el.hidden = !facts[key];
	}
	for (const el of root.querySelectorAll<HTMLElement>('[data-preview-part]')) {
		el.hidden = el.dataset.previewPart !== 'card';
	}
}

/**
 * The facts a page's first paint filled in, read back as the app hydrates it, so that it
 * hydrates the same words without reading the link first; null when the page filled nothing.
 */
export function filledFacts(doc: Document): IntroFacts | null {
	if (!('preview' in doc.documentElement.dataset)) return null;
	const card = doc.querySelector<HTMLElement>('[data-preview-part="card"]');
	if (!card || card.hidden) return null;
	const facts = Object.fromEntries(
		INTRO_FACT_KEYS.map((key) => [key, ''])
	) as unknown as IntroFacts;
	for (const el of card.querySelectorAll<HTMLElement>('[data-fill]')) {
		const key = el.dataset.fill;
		if (isFact(key)) facts[key] = el.textContent ?? '';
	}
	const overdue = card.querySelector<HTMLElement>('[data-row="overdue"]');
	facts.overdue = overdue && !overdue.hidden ? 'yes' : '';
	return facts;
}
