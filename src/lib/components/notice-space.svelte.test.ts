import { afterEach, describe, expect, it } from 'vitest';
import { keepNoticeSpace } from './notice-space';

const space = (el: HTMLElement | null) => el?.style.getPropertyValue('--notice-space');

afterEach(() => document.body.replaceChildren());

describe('room for a notice at the foot of the screen', () => {
	it('is kept on the page and its main content while the notice shows, and given back after', () => {
		const main = document.createElement('main');
		main.id = 'main';
		document.body.append(main);
		const release = keepNoticeSpace(72);
		expect(space(document.documentElement)).toBe('72px');
		expect(space(main)).toBe('72px');
		release();
		expect(space(document.documentElement)).toBe('');
		expect(space(main)).toBe('');
	});

	it('is kept on the page alone where there is no main content', () => {
		const release = keepNoticeSpace(40);
		expect(space(document.documentElement)).toBe('40px');
		release();
		expect(space(document.documentElement)).toBe('');
	});
});
