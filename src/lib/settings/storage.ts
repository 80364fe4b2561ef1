export interface StorageState {
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

/** How much this app stores and whether the browser promised to keep it. */
export async function storageState(nav: Navigator = navigator): Promise<StorageState> {
	const storage = nav.storage;
	if (!storage) return { persisted: null, usage: null, quota: null };
	const [persisted, estimate] = await Promise.all([
		storage.persisted?.().catch(() => null) ?? null,
		storage.estimate?.().catch(() => null) ?? null
	]);
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser not to clear this app's data when space runs low. */
export async function askToPersist(nav: Navigator = navigator): Promise<boolean> {
	try {
		return (await nav.storage?.persist?.()) ?? false;
	} catch {
		return false;
	}
}

export function formatBytes(bytes: number | null): string {
	if (bytes === null) return 'unknown';
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
	return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
