import { afterEach, describe, expect, it } from 'vitest';
import { plainClick, TermSheetState } from './term-sheet.svelte';

const entry = { term: 'Micron Technology', definition: 'A U.S. firm.' };

/** A page with two term links and a stand-in popover that counts what it is asked. */
function page() {
	document.body.innerHTML =
		'<a href="#a" id="a">a</a><a href="#b" id="b">b</a><button id="elsewhere">x</button>' +
		'<div id="panel"><h2 tabindex="-1">T</h2></div>';
	const el = (id: string) => document.getElementById(id) as HTMLElement;
	const panel = Object.assign(el('panel'), {
		shows: 0,
		hides: 0,
		showPopover() {
			panel.shows++;
		},
		hidePopover() {
			panel.hides++;
		}
	});
	const sheet = new TermSheetState();
	return { sheet, panel, a: el('a'), b: el('b'), elsewhere: el('elsewhere') };
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('the term sheet', () => {
	it('leaves a term to its link until the page has a sheet', () => {
		const { sheet, panel, a } = page();
		expect(sheet.ready).toBe(false);
		expect(sheet.activate(a, 'micron', entry)).toBe(false);
		const detach = sheet.attach(panel);
		expect(sheet.ready).toBe(true);
		expect(sheet.activate(a, 'micron', entry)).toBe(true);
		detach();
		expect(sheet.ready).toBe(false);
		expect(sheet.current).toBeNull();
	});

	it('opens a term, and on a second activation closes it', () => {
		const { sheet, panel, a } = page();
		sheet.attach(panel);
		sheet.activate(a, 'micron', entry);
		expect(sheet.current).toEqual({ id: 'micron', entry, source: a });
		expect(sheet.isOpenFor(a)).toBe(true);
		sheet.activate(a, 'micron', entry);
		expect(panel.hides).toBe(1);
		expect(panel.shows).toBe(1);
	});

	it('does not open again a term whose sheet a tap on it just closed', () => {
		const { sheet, panel, a } = page();
		sheet.attach(panel);
		sheet.activate(a, 'micron', entry);
		sheet.press(a);
		sheet.closed(); // the browser closed it on the tap, before the click
		expect(sheet.activate(a, 'micron', entry)).toBe(true);
		expect(panel.shows).toBe(1);
	});

	it('moves to another term: hidden and shown again, from the new link', () => {
		const { sheet, panel, a, b } = page();
		sheet.attach(panel);
		sheet.activate(a, 'micron', entry);
		sheet.press(b);
		sheet.activate(b, 'cac', entry);
		expect(panel.hides).toBe(1);
		expect(panel.shows).toBe(2);
		expect(sheet.isOpenFor(b)).toBe(true);
		expect(sheet.isOpenFor(a)).toBe(false);
	});

	it('gives focus back to the term when it would be lost, and not when it went elsewhere', () => {
		const { sheet, panel, a, b, elsewhere } = page();
		sheet.attach(panel);
		sheet.activate(a, 'micron', entry);
		panel.querySelector('h2')?.focus();
		sheet.closed();
		expect(a).toHaveFocus();

		sheet.activate(b, 'cac', entry);
		elsewhere.focus();
		sheet.closed();
		expect(elsewhere).toHaveFocus();
		expect(sheet.current).toBeNull();
	});
});

describe('a plain click', () => {
	it('is the main button without a key that asks for a new tab or window', () => {
		expect(plainClick(new MouseEvent('click', { button: 0 }))).toBe(true);
		expect(plainClick(new MouseEvent('click', { button: 1 }))).toBe(false);
		for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
			expect(plainClick(new MouseEvent('click', { button: 0, [key]: true }))).toBe(false);
		}
	});
});
