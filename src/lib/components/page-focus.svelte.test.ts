import { afterEach, describe, expect, it } from 'vitest';
import { focusMainHeading } from './page-focus';

afterEach(() => {
	document.body.innerHTML = '';
});

describe('focusMainHeading', () => {
	it('puts focus on the page heading when nothing has it', () => {
		document.body.innerHTML = '<header><a href="/">Home</a></header><main><h1>Review</h1></main>';
		expect(focusMainHeading()).toBe(true);
		expect(document.activeElement?.textContent).toBe('Review');
		expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
	});

	it('leaves focus where the page put it', () => {
		document.body.innerHTML =
			'<main><h1>Quiz</h1><h2 tabindex="-1" id="q">Question 1 of 9</h2></main>';
		document.getElementById('q')?.focus();
		expect(focusMainHeading()).toBe(false);
		expect(document.activeElement?.id).toBe('q');
	});

	it('does nothing on a page without a main heading', () => {
		document.body.innerHTML = '<main><p>Loading</p></main>';
		expect(focusMainHeading()).toBe(false);
		expect(document.activeElement).toBe(document.body);
	});
});
