import type { TermEntry } from '$lib/content/inline';

// A glossary term in a lesson opens its definition in place, in one sheet per page (a popover:
// the browser gives it the top layer, Escape and closing on a tap outside). The term stays a
// link to the Glossary: without JavaScript, without the Popover API or with a modifier key it
// goes there, as it always did.

/** The id of the page's sheet, for `aria-controls`. */
export const TERM_SHEET_ID = 'term-sheet';

/** Whether this browser has the Popover API; without it, a term stays a plain link. */
export function popoverSupported(): boolean {
	return typeof HTMLElement !== 'undefined' && Object.hasOwn(HTMLElement.prototype, 'popover');
}

/** A plain click or tap (or Enter): not one that asks for a new tab or window. */
export function plainClick(e: MouseEvent): boolean {
	return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

export interface OpenTerm {
	id: string;
	entry: TermEntry;
	/** The link that opened it: focus goes back there. */
	source: HTMLElement;
}

export class TermSheetState {
	#panel = $state<HTMLElement | null>(null);
	#open = $state<OpenTerm | null>(null);
	// The link a pointer went down on while its sheet was open. A tap outside an open popover
	// closes it before the click arrives, so the click must not open it again.
	#pressed: HTMLElement | null = null;

	/** Whether the page has a sheet to show definitions in; until then terms are links. */
	get ready(): boolean {
		return this.#panel !== null;
	}

	get current(): OpenTerm | null {
		return this.#open;
	}

	isOpenFor(source: HTMLElement): boolean {
		return this.#open?.source === source;
	}

	/** Takes the page's popover element; returns what detaches it. */
	attach(panel: HTMLElement): () => void {
		this.#panel = panel;
		return () => {
			if (this.#panel !== panel) return;
			this.#panel = null;
			this.#open = null;
		};
	}

	/** A pointer went down on a term's link. */
	press(source: HTMLElement): void {
		this.#pressed = this.isOpenFor(source) ? source : null;
	}

	/**
	 * A term's link was activated: opens its definition, or closes it if it is open. False when
	 * there is no sheet, and the link should take the reader to the Glossary.
	 */
	activate(source: HTMLElement, id: string, entry: TermEntry): boolean {
		const panel = this.#panel;
		if (!panel) return false;
		const wasOpen = this.#pressed === source || this.isOpenFor(source);
		this.#pressed = null;
		if (wasOpen) {
			this.close();
			return true;
		}
		// Hidden and shown again, so that the browser takes this link as the sheet's invoker.
		if (this.#open) panel.hidePopover();
		this.#open = { id, entry, source };
		panel.showPopover({ source });
		return true;
	}

	close(): void {
		if (this.#open) this.#panel?.hidePopover();
	}

	/**
	 * The sheet closed, however (Escape, a tap outside, Close). Focus goes back to the term
	 * when it would otherwise be lost, as after Escape or Close; a tap on something focusable
	 * keeps it there.
	 */
	closed(doc: Document = document): void {
		const source = this.#open?.source;
		this.#open = null;
		const active = doc.activeElement;
		const lost = !active || active === doc.body || (this.#panel?.contains(active) ?? false);
		if (source?.isConnected && lost) source.focus({ preventScroll: true });
	}
}

/** The page's one sheet: opening a definition closes any other. */
export const termSheet = new TermSheetState();
