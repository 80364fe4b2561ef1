import { describe, expect, it } from 'vitest';
import { articleHref, glossaryHref, safeReturnPath } from './links';

describe('article links', () => {
	it('carries the passage and the way back', () => {
		const href = articleHref('/article/', 'a "quoted" passage', '/module/the-ban/the-ban.l1/');
		const url = new URL(href, 'https://example.org');
		expect(url.pathname).toBe('/article/');
		expect(url.searchParams.get('q')).toBe('a "quoted" passage');
		expect(url.searchParams.get('from')).toBe('/module/the-ban/the-ban.l1/');
	});

	it('sends a glossary entry the page it was opened from', () => {
		const href = glossaryHref('/glossary/', 'cac', '/module/the-ban/the-ban.l1/');
		const url = new URL(href, 'https://example.org');
		expect(url.pathname).toBe('/glossary/');
		expect(url.hash).toBe('#cac');
		expect(safeReturnPath(url.searchParams.get('from'))).toBe('/module/the-ban/the-ban.l1/');
		expect(glossaryHref('/glossary/', 'cac')).toBe('/glossary/#cac');
	});

	it('accepts only a path on this site as the way back', () => {
		expect(safeReturnPath('/quiz/x/?mode=test')).toBe('/quiz/x/?mode=test');
		expect(safeReturnPath('https://evil.example/')).toBeNull();
		expect(safeReturnPath('//evil.example/')).toBeNull();
		expect(safeReturnPath('/\\evil.example')).toBeNull();
		expect(safeReturnPath('javascript:alert(1)')).toBeNull();
		expect(safeReturnPath(null)).toBeNull();
	});
});
