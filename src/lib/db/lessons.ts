import { getDb, type ChipwiseDB, type LessonProgressRow } from './db';
import { lessonsReadBy } from './reads';

export async function markLessonRead(
	profileId: string,
	lesson: { lessonId: string; moduleId: string },
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<void> {
	await db.transaction('rw', db.lessonProgress, async () => {
		const key: [string, string] = [profileId, lesson.lessonId];
		if (await db.lessonProgress.get(key)) return;
		await db.lessonProgress.add({ profileId, ...lesson, completedAt: now });
	});
}

export function lessonsRead(
	profileId: string,
	db: ChipwiseDB = getDb()
): Promise<LessonProgressRow[]> {
	return lessonsReadBy(profileId)(db);
}
