/** Controls on which Enter already does something of its own. */
const OWN_ENTER = 'button, a[href], select, textarea, summary, [role="button"], [role="link"]';

/**
 * Whether a key press means "Check" or "Continue" in a quiz: a plain Enter, not held down,
 * not while an input method composes, and not on a control that Enter already activates.
 */
export function continuesOnEnter(e: KeyboardEvent): boolean {
	if (e.key !== 'Enter' || e.repeat || e.isComposing) return false;
	if (e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return false;
	return !(e.target instanceof Element && e.target.closest(OWN_ENTER));
}
