import { hasStoredData } from '$lib/db/presence';
import { applyTheme, isTheme } from './theme';

/**
 * Applies the theme saved on this device, if any; storage errors leave the system theme.
 * A browser with nothing stored has no saved theme, and does not load the database for it.
 */
export async function loadSavedTheme(): Promise<void> {
	if (!(await hasStoredData())) return;
	try {
		const { readSetting } = await import('$lib/db/settings');
		const saved = await readSetting<unknown>('theme', 'system');
		if (isTheme(saved)) applyTheme(saved);
	} catch {
		// No IndexedDB (private mode): the system theme stays.
	}
}
