/**
 * Keeping a learner's progress on real phones: when to ask the browser to keep the data for
 * good, when to explain the Home Screen on iPhone and iPad, and when to remind about a backup.
 * Plain decisions over plain facts, so each rule is tested apart from the browser.
 */

export const DAY = 24 * 60 * 60 * 1000;
export const WEEK = 7 * DAY;
/** Answers since the last backup that count as real progress, without a finished set. */
export const ANSWERS_WORTH_A_BACKUP = 20;

/** Keys in the settings table. Persistence is the browser's, for the whole device. */
export const PERSIST_ASKED_KEY = 'storage.persistAskedAt';
export const HOME_SCREEN_TIP_KEY = 'storage.homeScreenTipSeenAt';
/** What concerns one learner is kept per learner. */
export const lastBackupKey = (profileId: string) => `backup.lastSavedAt.${profileId}`;
export const reminderDismissedKey = (profileId: string) =>
	`backup.reminderDismissedAt.${profileId}`;

export interface Progress {
	/** Sets the learner has finished, ever. */
	finishedSets: number;
	/** Sets finished and answers checked since the last backup (or ever, without one). */
	setsSinceBackup: number;
	answersSinceBackup: number;
}

export interface CareFacts extends Progress {
	/** Whether the browser promised to keep the data; null when it cannot say. */
	persisted: boolean | null;
	persistAskedAt: number | null;
	homeScreenTipSeenAt: number | null;
	reminderDismissedAt: number | null;
	/** An iPhone or iPad browser, which deletes data after 7 days without a visit. */
	appleMobile: boolean;
	/** Running as the app added to the Home Screen. */
	installed: boolean;
	now: number;
}

/** Counts what was done since a backup saved at `since` (null: never). */
export function progressSince(
	finishedAt: readonly (number | null)[],
	answeredAt: readonly number[],
	since: number | null
): Progress {
	const after = (t: number) => since === null || t > since;
	const finished = finishedAt.filter((t): t is number => t !== null);
	return {
		finishedSets: finished.length,
		setsSinceBackup: finished.filter(after).length,
		answersSinceBackup: answeredAt.filter(after).length
	};
}

/** Ask once, after the first finished set: not on a first visit, and never again after. */
export function shouldAskToPersist(f: CareFacts): boolean {
	return f.persisted === false && f.finishedSets >= 1 && f.persistAskedAt === null;
}

/** On iPhone and iPad in the browser, explain the Home Screen once, after the first set. */
export function shouldExplainHomeScreen(f: CareFacts): boolean {
	return f.appleMobile && !f.installed && f.finishedSets >= 1 && f.homeScreenTipSeenAt === null;
}

/**
 * Remind about a backup when the data is not kept for good and there is real progress to
 * lose, at most once a week: a dismissed reminder stays away for seven days.
 */
export function shouldRemindBackup(f: CareFacts): boolean {
	if (f.persisted === true) return false;
	const progress = f.setsSinceBackup >= 1 || f.answersSinceBackup >= ANSWERS_WORTH_A_BACKUP;
	const quiet = f.reminderDismissedAt !== null && f.now - f.reminderDismissedAt < WEEK;
	return progress && !quiet;
}

/** What to show now, one thing at a time: the Home Screen first, as it matters most. */
export function careNotice(f: CareFacts): 'home-screen' | 'backup' | null {
	if (shouldExplainHomeScreen(f)) return 'home-screen';
	if (shouldRemindBackup(f)) return 'backup';
	return null;
}

/** Whether the browser is on an iPhone or iPad (iPadOS says "Macintosh", but has touch). */
export function isAppleMobile(userAgent: string, maxTouchPoints: number): boolean {
	return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/** Whether the storage is kept for good, in words for the learner. */
export function persistenceSentence(persisted: boolean | null): string {
	if (persisted === true) return 'This browser has promised to keep your progress on this device.';
	if (persisted === false)
		return 'This browser may delete your progress to free space, or when the app goes unused for a while. Save a backup now and then to keep it safe.';
	return 'This browser does not say whether it keeps your progress for good. Save a backup now and then to keep it safe.';
}
