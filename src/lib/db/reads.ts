// Read queries for live views. Only type imports here, so a page can import this module
// without pulling Dexie into its first-load JavaScript; `Live` passes the database in.
import type { Attempt, Response } from '$lib/quiz/attempt';
import type { ChipwiseDB, LessonProgressRow, ProfileRow } from './db';

export function lessonsReadBy(profileId: string) {
	return (db: ChipwiseDB): Promise<LessonProgressRow[]> =>
		db.lessonProgress.where('profileId').equals(profileId).toArray();
}

/** Unfinished quiz attempts, newest first, for "continue where you left off". */
export function unfinishedAttemptsBy(profileId: string) {
	return async (db: ChipwiseDB): Promise<Attempt[]> => {
		const rows = await db.attempts.where('profileId').equals(profileId).toArray();
		return rows.filter((a) => a.finishedAt === null).sort((a, b) => b.updatedAt - a.updatedAt);
	};
}

export interface ReviewSummary {
	/** Question ids due by the end of today, most overdue first. */
	due: string[];
	total: number;
	nextDue: number | null;
}

/** What Review shows: the cards due by `endOfDay` (the end of the device's local day). */
export function reviewSummaryBy(profileId: string, endOfDay: number) {
	return async (db: ChipwiseDB): Promise<ReviewSummary> => {
		const byDue = db.cards.where('[profileId+due]');
		const due = await byDue
			.between([profileId, -Infinity], [profileId, endOfDay], true, true)
			.toArray();
		const next = await byDue
			.between([profileId, endOfDay], [profileId, Infinity], false, true)
			.first();
		const total = await db.cards.where('profileId').equals(profileId).count();
		return { due: due.map((c) => c.questionId), total, nextDue: next?.due ?? null };
	};
}

/** Each learner's desired retention for spaced review, in the settings table. */
export const retentionKey = (profileId: string) => `retention.${profileId}`;

/** A stored setting read through `parse`, as `readSetting` does (see db/settings.ts). */
export function settingBy<T>(key: string, parse: (stored: unknown) => T) {
	return async (db: ChipwiseDB): Promise<T> => parse((await db.settings.get(key))?.value);
}

export function responsesBy(profileId: string) {
	return (db: ChipwiseDB): Promise<Response[]> =>
		db.responses.where('profileId').equals(profileId).toArray();
}

/** Finished attempts, newest first, for the history on Progress. */
export function finishedAttemptsBy(profileId: string) {
	return async (db: ChipwiseDB): Promise<Attempt[]> => {
		const rows = await db.attempts.where('profileId').equals(profileId).toArray();
		return rows
			.filter((a) => a.finishedAt !== null)
			.sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
	};
}

export function allProfiles() {
	return (db: ChipwiseDB): Promise<ProfileRow[]> => db.profiles.orderBy('createdAt').toArray();
}
