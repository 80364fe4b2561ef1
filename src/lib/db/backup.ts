import {
	createBackup,
	parseBackup,
	planMerge,
	type BackupData,
	type BackupError
} from '$lib/progress/backup';
import { APP_VERSION } from '$lib/version';
import { getDb, type ChipwiseDB } from './db';
import { retentionKey } from './reads';

/** Everything on this device that belongs to one learner. */
export async function profileData(
	profileId: string,
	db: ChipwiseDB = getDb()
): Promise<BackupData | null> {
	return db.transaction(
		'r',
		[db.profiles, db.settings, db.lessonProgress, db.attempts, db.responses, db.cards],
		async () => {
			const profile = await db.profiles.get(profileId);
			if (!profile) return null;
			const retention = await db.settings.get(retentionKey(profileId));
			return {
				profile,
				settings: retention ? [retention] : [],
				lessonProgress: await db.lessonProgress.where('profileId').equals(profileId).toArray(),
				attempts: await db.attempts.where('profileId').equals(profileId).toArray(),
				responses: await db.responses.where('profileId').equals(profileId).toArray(),
				cards: await db.cards.where('profileId').equals(profileId).toArray()
			};
		}
	);
}

/** The backup file of a learner: a name to save it under and its text. */
export async function exportBackup(profileId: string, db: ChipwiseDB = getDb(), now = Date.now()) {
	const data = await profileData(profileId, db);
	if (!data) throw new Error('No such learner on this device.');
	const day = new Date(now).toISOString().slice(0, 10);
	const safe =
		data.profile.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'learner';
	return {
		name: `chipwise-backup-${safe}-${day}.json`,
		text: createBackup(data, { appVersion: APP_VERSION, exportedAt: now })
	};
}

export type ImportResult =
	| {
			ok: true;
			profile: BackupData['profile'];
			added: { answers: number; attempts: number; lessons: number };
	  }
	| { ok: false; error: BackupError };

/**
 * Reads a backup and merges it into this device in one transaction: the union of both,
 * without duplicates. A file that fails any check changes nothing.
 */
export async function importBackup(text: string, db: ChipwiseDB = getDb()): Promise<ImportResult> {
	const parsed = parseBackup(text);
	if (!parsed.ok) return parsed;
	const incoming = parsed.backup;
	return db.transaction(
		'rw',
		[db.profiles, db.settings, db.lessonProgress, db.attempts, db.responses, db.cards],
		async () => {
			const existing = await profileData(incoming.profile.id, db);
			const plan = planMerge(existing, incoming);
			await db.profiles.put(plan.profile);
			await db.settings.bulkPut(plan.settings);
			await db.lessonProgress.bulkPut(plan.lessonProgress);
			await db.attempts.bulkPut(plan.attempts);
			await db.responses.bulkPut(plan.responses);
			await db.cards.bulkPut(plan.cards);
			await db.settings.put({ key: 'activeProfile', value: plan.profile.id });
			return {
				ok: true as const,
				profile: plan.profile,
				added: {
					answers: plan.responses.length,
					attempts: plan.attempts.length,
					lessons: plan.lessonProgress.length
				}
			};
		}
	);
}
