// The packs a learner studied travel in their backup, so their answers mean something on the
// next device. A restore adds each pack through the same checks and store as a file would,
// unless the device has it already (the same version or a newer one).
import { checkPack } from '$lib/authoring/check';
import { compareVersions } from '$lib/authoring/changes';
import type { Pack } from '$lib/content/schema';
import type { BackupData } from '$lib/progress/backup';
import type { ChipwiseDB } from './db';
import { storePack, type BuiltIn } from './packs';

/** The packs on this device with a lesson read or a question answered by the learner. */
export async function studiedPacks(
	data: Pick<BackupData, 'lessonProgress' | 'responses' | 'cards'>,
	db: ChipwiseDB
): Promise<Pack[]> {
	const questions = new Set([
		...data.responses.map((r) => r.questionId),
		...data.cards.map((c) => c.questionId)
	]);
	const lessons = new Set(data.lessonProgress.map((l) => l.lessonId));
	const rows = await db.packs.toArray();
	return rows
		.filter((row) =>
			row.pack.modules.some(
				(m) =>
					m.questions.some((q) => questions.has(q.id)) || m.lessons.some((l) => lessons.has(l.id))
			)
		)
		.map((row) => row.pack);
}

/** Checks every pack of a backup; the first problem refuses the whole file. */
export function checkBackupPacks(raw: readonly unknown[]): { packs: Pack[] } | { problem: string } {
	const packs: Pack[] = [];
	for (const [i, input] of raw.entries()) {
		const { pack, problems } = checkPack(input);
		if (!pack)
			return {
				problem: `This backup is damaged or incomplete (packs.${i}${problems[0]?.path ? `.${problems[0].path}` : ''}: ${problems[0]?.message ?? 'not a pack'}).`
			};
		packs.push(pack);
	}
	return { packs };
}

export interface PacksRestored {
	added: number;
	/** Why a pack was not added, one sentence each. */
	skipped: string[];
}

/** Adds the backup's packs this device lacks, inside the restore's transaction. */
export async function restorePacks(
	packs: readonly Pack[],
	builtIn: BuiltIn,
	db: ChipwiseDB,
	now = Date.now()
): Promise<PacksRestored> {
	const result: PacksRestored = { added: 0, skipped: [] };
	for (const pack of packs) {
		const stored = await db.packs.get(pack.id);
		if (stored && compareVersions(stored.version, pack.version) >= 0) continue;
		const kept = await storePack(pack, 'imported', builtIn, db, now);
		if (kept.ok) result.added += 1;
		else result.skipped.push(kept.message);
	}
	return result;
}
