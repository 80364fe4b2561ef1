import { readSetting } from '$lib/db/settings';
import { applyTheme, isTheme } from './theme';

/** Applies the theme saved on this device, if any; storage errors leave the system theme. */
export async function loadSavedTheme(): Promise<void> {
	try {
		const saved = await readSetting<unknown>('theme', 'system');
		if (isTheme(saved)) applyTheme(saved);
	} catch {
		// No IndexedDB (private mode): the system theme stays.
	}
}
