/**
 * A true/false ARIA state (`aria-expanded`, `aria-pressed`, `aria-busy`) as the
 * text the page's HTML holds. Given a boolean, Svelte looks up every property of the element as
 * a page hydrates, to see whether to set the attribute as a property (an ARIA one never is):
 * 0.3–0.8 ms of a first visit's hydration in profiles, once per kind of element. Given the
 * text, it compares it with the HTML's and moves on.
 */
export function ariaState(on: boolean): 'true' | 'false' {
	return on ? 'true' : 'false';
}

/**
 * The `hidden` attribute as the page's HTML holds it: present and empty, or absent. Given a
 * boolean, Svelte looks up every property of the element's kind as the page hydrates (see
 * `ariaState`), then sets `hidden` as a property; given text or null, it compares it with the
 * HTML's and moves on. Typed as Svelte's `hidden` is, which takes a boolean or null.
 */
export function hiddenWhen(hide: boolean): boolean | null {
	return hide ? ('' as unknown as boolean) : null;
}

/**
 * A number attribute (`maxlength`, `min`, `tabindex`, a chart's `width`) as the text the
 * page's HTML holds, for the same reason as `ariaState`; undefined leaves it out. Typed as the
 * number Svelte's types ask for.
 */
export function numberText(n: number | undefined): number | undefined {
	return n === undefined ? undefined : (String(n) as unknown as number);
}
