import { applyTheme, rememberTheme, themeOf } from '$lib/settings/theme';
import { hasStoredData } from './presence';

/**
 * Applies the theme saved on this device, if any, and mirrors it for the next page's first paint;
 * storage errors leave the theme the page started with.
 * A browser with nothing stored has no saved theme, and does not load the database for it.
 */
export async function loadSavedTheme(): Promise<void> {
	if (!(await hasStoredData())) {
		// A mirror left from a database since deleted no longer holds.
		rememberTheme('system');
		return;
	}
	try {
		const { readSetting } = await import('./settings');
		const theme = await readSetting('theme', themeOf);
		applyTheme(theme);
		// The next page applies it before it paints.
		rememberTheme(theme);
	} catch {
		// No IndexedDB (private mode): the theme the page started with stays.
	}
}
