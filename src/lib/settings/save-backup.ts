import { load } from '$lib/db/load';
import { lastBackupKey } from './storage-care';

/**
 * Saves a learner's backup file through the browser's download, and remembers when, so the
 * backup reminder counts progress from then. Returns the file's name.
 */
export async function saveBackup(profileId: string, now = Date.now()): Promise<string> {
	const [{ exportBackup }, { writeSetting }] = await Promise.all([load.backup(), load.settings()]);
	const file = await exportBackup(profileId);
	const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
	const a = Object.assign(document.createElement('a'), { href: url, download: file.name });
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
	// The file is saved either way; without this record the reminder only comes back early.
	await writeSetting(lastBackupKey(profileId), now).catch(() => {});
	return file.name;
}
