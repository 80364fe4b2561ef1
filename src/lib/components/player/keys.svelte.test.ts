import { describe, expect, it } from 'vitest';
import { continuesOnEnter } from './keys';

function press(target: Element, init: KeyboardEventInit = {}): boolean {
	let result = false;
	target.addEventListener('keydown', (e) => (result = continuesOnEnter(e as KeyboardEvent)), {
		once: true
	});
	target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...init }));
	return result;
}

describe('Enter in a quiz', () => {
	document.body.innerHTML = `
		<input type="radio" id="radio"><input type="text" id="text">
		<h2 id="verdict" tabindex="-1">Correct</h2>
		<button id="button">Why?</button><a href="/article/" id="link"><span id="inner">Read</span></a>
		<select id="select"></select>`;
	const el = (id: string) => document.getElementById(id)!;

	it('checks or continues from a choice, a typed answer or the verdict', () => {
		expect(press(el('radio'))).toBe(true);
		expect(press(el('text'))).toBe(true);
		expect(press(el('verdict'))).toBe(true);
	});

	it('leaves Enter to buttons, links and lists, and ignores other keys, held keys and typing', () => {
		expect(press(el('button'))).toBe(false);
		expect(press(el('inner'))).toBe(false);
		expect(press(el('select'))).toBe(false);
		expect(press(el('radio'), { key: ' ' })).toBe(false);
		expect(press(el('radio'), { repeat: true })).toBe(false);
		expect(press(el('text'), { isComposing: true })).toBe(false);
		expect(press(el('text'), { shiftKey: true })).toBe(false);
	});
});
