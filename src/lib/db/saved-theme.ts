import { applyTheme, themeOf } from '$lib/settings/theme';
import { hasStoredData } from './presence';

/**
 * Applies the theme saved on this device, if any; storage errors leave the system theme.
 * A browser with nothing stored has no saved theme, and does not load the database for it.
 */
export async function loadSavedTheme(): Promise<void> {
	if (!(await hasStoredData())) return;
	try {
		const { readSetting } = await import('./settings');
		applyTheme(await readSetting('theme', themeOf));
	} catch {
		// No IndexedDB (private mode): the system theme stays.
	}
}
