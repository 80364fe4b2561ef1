// Read queries for live views. Only type imports here, so a page can import this module
// without pulling Dexie into its first-load JavaScript; `Live` passes the database in.
import type { Attempt } from '$lib/quiz/attempt';
import type { ChipwiseDB, LessonProgressRow } from './db';

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
