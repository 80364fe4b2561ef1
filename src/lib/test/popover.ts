/**
 * jsdom has no Popover API. This stand-in has the part a page relies on: the `popover`
 * property, showing and hiding, Escape closing the open popover, and one `toggle` event a
 * moment after each change (a hide and a show in one go make one event, as in browsers). It
 * does not move focus back on close, as a browser may not (Safari after a tap), so a test sees
 * what the app itself does about focus. jsdom's own style sheet hides every popover, so an
 * open one is shown with an inline style.
 */
export function installPopover(): () => void {
	const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
	const open = new Set<HTMLElement>();
	const pending = new Map<HTMLElement, string>();

	function toggled(el: HTMLElement, oldState: string) {
		if (pending.has(el)) return;
		pending.set(el, oldState);
		setTimeout(() => {
			const before = pending.get(el);
			pending.delete(el);
			const newState = open.has(el) ? 'open' : 'closed';
			if (before === newState) return;
			const event = Object.assign(new Event('toggle'), { oldState: before, newState });
			el.dispatchEvent(event);
		});
	}

	const added: Record<string, PropertyDescriptor> = {
		popover: {
			configurable: true,
			get(this: HTMLElement) {
				return this.getAttribute('popover');
			},
			set(this: HTMLElement, value: string) {
				this.setAttribute('popover', value);
			}
		},
		showPopover: {
			configurable: true,
			value(this: HTMLElement) {
				if (open.has(this)) return;
				open.add(this);
				this.style.display = 'block';
				toggled(this, 'closed');
			}
		},
		hidePopover: {
			configurable: true,
			value(this: HTMLElement) {
				if (!open.delete(this)) return;
				this.style.removeProperty('display');
				toggled(this, 'open');
			}
		}
	};
	Object.defineProperties(proto, added);

	const onKey = (e: KeyboardEvent) => {
		if (e.key !== 'Escape') return;
		const last = [...open].at(-1);
		if (last) HTMLElement.prototype.hidePopover.call(last);
	};
	document.addEventListener('keydown', onKey);

	return () => {
		document.removeEventListener('keydown', onKey);
		for (const name of Object.keys(added)) delete proto[name];
		open.clear();
	};
}
