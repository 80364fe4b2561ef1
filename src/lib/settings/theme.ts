import { localStore } from '$lib/local-store';

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export function isTheme(value: unknown): value is Theme {
	return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

/** A stored theme choice; anything else (nothing stored, an unknown value) follows the system. */
export function themeOf(stored: unknown): Theme {
	return isTheme(stored) ? stored : 'system';
}

/**
 * Applies a theme choice to the document; "system" follows prefers-color-scheme. The browser's
 * own colour (a phone's address bar) follows it too: each `theme-color` meta names its scheme
 * (`data-scheme`, src/app.html) and applies to every device or none, or to its scheme's.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
	if (theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = theme;
	const metas = root.ownerDocument.querySelectorAll<HTMLMetaElement>(
		'meta[name="theme-color"][data-scheme]'
	);
	for (const meta of metas) {
		const scheme = meta.dataset.scheme;
		if (theme === 'system') meta.media = `(prefers-color-scheme: ${scheme})`;
		else meta.media = scheme === theme ? 'all' : 'not all';
	}
}

/**
 * The `localStorage` key that mirrors the saved theme, so that each page's head applies it
 * before the first paint (scripts/build/theme-first.js) instead of once the database is read.
 * The database keeps the choice itself; the app writes this mirror each time it reads it.
 */
export const THEME_HINT = 'chipwise-theme';

/** Mirrors a saved choice for the next page's first paint; a refused storage costs only that. */
export function rememberTheme(theme: Theme, storage: Storage | undefined = localStore()): void {
	try {
		if (theme === 'system') storage?.removeItem(THEME_HINT);
		else storage?.setItem(THEME_HINT, theme);
	} catch {
		// Storage refused: the page then shows the system's colours until the database is read.
	}
}

/** The theme the document shows now: the mirror's before the database is read, then the saved one. */
export function shownTheme(root: HTMLElement = document.documentElement): Theme {
	return themeOf(root.dataset.theme);
}
