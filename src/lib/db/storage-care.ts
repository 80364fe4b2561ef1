// Read queries for keeping progress safe. Only type imports here: `Live` passes the database in.
import {
	ANSWERS_WORTH_A_BACKUP,
	HOME_SCREEN_TIP_KEY,
	lastBackupKey,
	PERSIST_ASKED_KEY,
	progressSince,
	reminderDismissedKey,
	type Progress
} from '$lib/settings/storage-care';
import type { ChipwiseDB } from './db';

export interface CareRecords extends Progress {
	lastBackupAt: number | null;
	persistAskedAt: number | null;
	homeScreenTipSeenAt: number | null;
	reminderDismissedAt: number | null;
}

const time = (value: unknown): number | null =>
	typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * What the storage reminders decide from, for one learner. Answers are counted from the last
 * backup up to the number that matters, so a long history is not read in full.
 */
export function careRecordsBy(profileId: string) {
	return async (db: ChipwiseDB): Promise<CareRecords> => {
		const keys = [
			lastBackupKey(profileId),
			PERSIST_ASKED_KEY,
			HOME_SCREEN_TIP_KEY,
			reminderDismissedKey(profileId)
		];
		const rows = await db.settings.bulkGet(keys);
		const at = (i: number) => time(rows[i]?.value);
		const lastBackup = at(0);
		const attempts = await db.attempts.where('profileId').equals(profileId).toArray();
		const answered = await db.responses
			.where('answeredAt')
			.above(lastBackup ?? -Infinity)
			.filter((r) => r.profileId === profileId)
			.limit(ANSWERS_WORTH_A_BACKUP)
			.toArray();
		return {
			...progressSince(
				attempts.map((a) => a.finishedAt),
				answered.map((r) => r.answeredAt),
				lastBackup
			),
			lastBackupAt: lastBackup,
			persistAskedAt: at(1),
			homeScreenTipSeenAt: at(2),
			reminderDismissedAt: at(3)
		};
	};
}
