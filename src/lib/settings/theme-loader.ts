import { hasStoredData } from '$lib/db/presence';
import { applyTheme, themeOf } from './theme';

/**
 * Applies the theme saved on this device, if any; storage errors leave the system theme.
 * A browser with nothing stored has no saved theme, and does not load the database for it.
 */
export async function loadSavedTheme(): Promise<void> {
	if (!(await hasStoredData())) return;
	try {
		const { readSetting } = await import('$lib/db/settings');
		applyTheme(await readSetting('theme', themeOf));
	} catch {
		// No IndexedDB (private mode): the system theme stays.
	}
}
