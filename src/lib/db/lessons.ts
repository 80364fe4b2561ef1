import { getDb, type ChipwiseDB } from './db';

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
