// Read queries for live views. Only type imports here, so a page can import this module
// without pulling Dexie into its first-load JavaScript; `Live` passes the database in.
import type { DayActivity } from '$lib/progress/daily';
import { startOfLocalDay } from '$lib/progress/local-day';
import type { Attempt, Response } from '$lib/quiz/attempt';
import type { ChipwiseDB, LessonProgressRow, PackRow, ProfileRow } from './db';

/** The packs kept on this device (besides the built-in one), oldest first. */
export function packsOnDevice(db: ChipwiseDB): Promise<PackRow[]> {
	return db.packs.orderBy('addedAt').toArray();
}

/** One pack kept on this device, or undefined. */
export function packOnDevice(id: string) {
	return (db: ChipwiseDB): Promise<PackRow | undefined> => db.packs.get(id);
}

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

/**
 * What Review shows: the cards due by `endOfDay` (the end of the device's local day). Only the
 * questions in `known` count: a question a new edition of the pack removed keeps its card and
 * its history, but no longer comes up for review.
 */
export function reviewSummaryBy(profileId: string, endOfDay: number, known: ReadonlySet<string>) {
	return async (db: ChipwiseDB): Promise<ReviewSummary> => {
		const isKnown = (c: { questionId: string }) => known.has(c.questionId);
		const byDue = db.cards.where('[profileId+due]');
		const due = await byDue
			.between([profileId, -Infinity], [profileId, endOfDay], true, true)
			.filter(isKnown)
			.toArray();
		const next = await byDue
			.between([profileId, endOfDay], [profileId, Infinity], false, true)
			.filter(isKnown)
			.first();
		const total = await db.cards.where('profileId').equals(profileId).filter(isKnown).count();
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

/**
 * Today's answers and the streak, day by day backwards through the answers' time index, so a
 * long history is never read whole: one small range a day, until a day without answers.
 */
export function activityBy(profileId: string, now: number) {
	return async (db: ChipwiseDB): Promise<DayActivity> => {
		const inDay = (start: number, end: number) =>
			db.responses
				.where('answeredAt')
				.between(start, end, true, false)
				.filter((r) => r.profileId === profileId);
		const start = startOfLocalDay(now);
		const today = await inDay(start, Infinity).count();
		let streak = today > 0 ? 1 : 0;
		let end = start;
		// A year is the longest streak worth counting here.
		for (let day = 0; day < 366; day++) {
			const from = startOfLocalDay(end - 1);
			if (!(await inDay(from, end).first())) break;
			streak += 1;
			end = from;
		}
		return { today, streak };
	};
}
