export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export function isTheme(value: unknown): value is Theme {
	return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

/** A stored theme choice; anything else (nothing stored, an unknown value) follows the system. */
export function themeOf(stored: unknown): Theme {
	return isTheme(stored) ? stored : 'system';
}

/** Applies a theme choice to the document; "system" follows prefers-color-scheme. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
	if (theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = theme;
}
