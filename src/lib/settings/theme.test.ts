import { describe, expect, it } from 'vitest';
import { applyTheme, rememberTheme, shownTheme, THEME_HINT, themeOf } from './theme';

describe('a stored theme choice', () => {
	it('is kept when it is one the app offers, and follows the system otherwise', () => {
		expect(themeOf('dark')).toBe('dark');
		expect(themeOf('light')).toBe('light');
		for (const stored of [undefined, null, 'sepia', 1, { theme: 'dark' }]) {
			expect(themeOf(stored)).toBe('system');
		}
	});
});

describe('the mirror of the saved theme', () => {
	function storage(refuse = false) {
		const items = new Map<string, string>();
		return {
			items,
			getItem: (k: string) => items.get(k) ?? null,
			setItem: (k: string, v: string) => {
				if (refuse) throw new Error('QuotaExceededError');
				items.set(k, v);
			},
			removeItem: (k: string) => void items.delete(k)
		} as unknown as Storage & { items: Map<string, string> };
	}

	it('holds Dark or Light for the next page, and nothing for the device’s own colours', () => {
		const s = storage();
		rememberTheme('dark', s);
		expect(s.items.get(THEME_HINT)).toBe('dark');
		rememberTheme('light', s);
		expect(s.items.get(THEME_HINT)).toBe('light');
		rememberTheme('system', s);
		expect(s.items.has(THEME_HINT)).toBe(false);
	});

	it('costs nothing but the early colours when storage is refused', () => {
		expect(() => rememberTheme('dark', storage(true))).not.toThrow();
		expect(() => rememberTheme('dark', undefined)).not.toThrow();
	});

	it('tells which theme the document shows', () => {
		const root = documentWith([]);
		expect(shownTheme(root)).toBe('system');
		applyTheme('dark', root);
		expect(shownTheme(root)).toBe('dark');
		root.dataset.theme = 'sepia';
		expect(shownTheme(root)).toBe('system');
	});
});

/** A document root with the given `theme-color` metas, as far as applyTheme reads one. */
function documentWith(metas: { dataset: { scheme: string }; media: string }[]) {
	const ownerDocument = { querySelectorAll: () => metas };
	return { dataset: {}, ownerDocument } as unknown as HTMLElement;
}

describe('the browser’s own colour (a phone’s address bar)', () => {
	it('follows a chosen theme, and the device’s setting again for “Match this device”', () => {
		const light = { dataset: { scheme: 'light' }, media: '(prefers-color-scheme: light)' };
		const dark = { dataset: { scheme: 'dark' }, media: '(prefers-color-scheme: dark)' };
		const root = documentWith([light, dark]);
		applyTheme('dark', root);
		expect([light.media, dark.media]).toEqual(['not all', 'all']);
		applyTheme('light', root);
		expect([light.media, dark.media]).toEqual(['all', 'not all']);
		applyTheme('system', root);
		expect([light.media, dark.media]).toEqual([
			'(prefers-color-scheme: light)',
			'(prefers-color-scheme: dark)'
		]);
	});
});
