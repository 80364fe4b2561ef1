import { describe, expect, it } from 'vitest';
import { isCurrent } from './nav';

describe('current section', () => {
	it('marks Learn for the home page and the pages reached from it', () => {
		expect(isCurrent('/', '/')).toBe(true);
		expect(isCurrent('/', '/module/[moduleId]')).toBe(true);
		expect(isCurrent('/review/', '/')).toBe(false);
	});

	it('marks a section for its own pages and no other', () => {
		expect(isCurrent('/teach/', '/teach')).toBe(true);
		expect(isCurrent('/teach/', '/teach/gradebook')).toBe(true);
		expect(isCurrent('/', '/teach')).toBe(false);
		expect(isCurrent('/', '/settings')).toBe(false);
		expect(isCurrent('/', '/session')).toBe(false);
		expect(isCurrent('/progress/', null)).toBe(false);
	});
});
