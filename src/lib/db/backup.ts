import {
	createBackup,
	parseBackupInSlices,
	type BackupData,
	type BackupError
} from '$lib/progress/backup';
import { planMerge } from '$lib/progress/merge';
import { APP_VERSION } from '$lib/version';
import { getDb, type ChipwiseDB } from './db';
import { UserMessage } from './storage-error';
import { cleanName } from '$lib/profile/name';
import { retentionKey } from './reads';
import { filePart } from '$lib/text/file-name';
import { checkBackupPacks, restorePacks, studiedPacks } from './backup-packs';
import type { BuiltIn } from './packs';

/** Everything on this device that belongs to one learner. */
export async function profileData(
	profileId: string,
	db: ChipwiseDB = getDb()
): Promise<BackupData | null> {
	return db.transaction(
		'r',
		[db.profiles, db.settings, db.lessonProgress, db.attempts, db.responses, db.cards, db.packs],
		async () => {
			const profile = await db.profiles.get(profileId);
			if (!profile) return null;
			const retention = await db.settings.get(retentionKey(profileId));
			const data = {
				profile,
				settings: retention ? [retention] : [],
				lessonProgress: await db.lessonProgress.where('profileId').equals(profileId).toArray(),
				attempts: await db.attempts.where('profileId').equals(profileId).toArray(),
				responses: await db.responses.where('profileId').equals(profileId).toArray(),
				cards: await db.cards.where('profileId').equals(profileId).toArray()
			};
			return { ...data, packs: await studiedPacks(data, db) };
		}
	);
}

/** The backup file of a learner: a name to save it under and its text. */
export async function exportBackup(profileId: string, db: ChipwiseDB = getDb(), now = Date.now()) {
	const data = await profileData(profileId, db);
	if (!data) throw new UserMessage('No such learner on this device.');
	const day = new Date(now).toISOString().slice(0, 10);
	return {
		name: `chipwise-backup-${filePart(data.profile.name, 'learner', 60)}-${day}.json`,
		text: createBackup(data, { appVersion: APP_VERSION, exportedAt: now })
	};
}

export type ImportResult =
	| {
			ok: true;
			profile: BackupData['profile'];
			added: { answers: number; attempts: number; lessons: number; packs: number };
			/** Why a pack of the file was not added (its answers are restored all the same). */
			packsSkipped: string[];
	  }
	| { ok: false; error: BackupError };

/** The share of the bar for reading and checking the file (measured: about a fifth of the time). */
const READ_SHARE = 0.25;
/** Rows written per request batch: the page paints between batches, inside one transaction. */
const BATCH = 500;

/**
 * Reads a backup and merges it into this device in one transaction: the union of both,
 * without duplicates. A file that fails any check changes nothing. `onProgress` hears the
 * share done (0 to 1) while a large file is read and written.
 */
export async function importBackup(
	text: string,
	db: ChipwiseDB = getDb(),
	onProgress: (done: number) => void = () => {},
	builtIn: () => Promise<BuiltIn> = builtInPack
): Promise<ImportResult> {
	const parsed = await parseBackupInSlices(text, (done) => onProgress(done * READ_SHARE));
	if (!parsed.ok) return parsed;
	const incoming = parsed.backup;
	const checked = checkBackupPacks(incoming.packs ?? []);
	if ('problem' in checked) return refused('invalid', checked.problem);
	const own = checked.packs.length ? await builtIn() : null;
	return db.transaction(
		'rw',
		[db.profiles, db.settings, db.lessonProgress, db.attempts, db.responses, db.cards, db.packs],
		async (): Promise<ImportResult> => {
			const existing = await profileData(incoming.profile.id, db);
			// The app's name rules. A learner already here keeps their name (see planMerge); a
			// new one needs a visible name, or there would be a blank learner nobody can pick.
			const name = cleanName(incoming.profile.name);
			if (!existing && !name) return refused('no-name', NO_NAME);
			const taken = await takenByOthers(db, incoming);
			if (taken) return refused('other-learner', taken);
			const plan = planMerge(existing, {
				...incoming,
				profile: { ...incoming.profile, name: name ?? '' }
			});
			const writes =
				plan.lessonProgress.length +
				plan.attempts.length +
				plan.responses.length +
				plan.cards.length;
			let written = 0;
			const put = async <T>(table: { bulkPut(rows: T[]): Promise<unknown> }, rows: T[]) => {
				for (let i = 0; i < rows.length; i += BATCH) {
					await table.bulkPut(rows.slice(i, i + BATCH));
					written += Math.min(BATCH, rows.length - i);
					onProgress(READ_SHARE + (1 - READ_SHARE) * (written / writes));
				}
			};
			const packs = own ? await restorePacks(checked.packs, own, db) : { added: 0, skipped: [] };
			await db.profiles.put(plan.profile);
			await db.settings.bulkPut(plan.settings);
			await put(db.lessonProgress, plan.lessonProgress);
			await put(db.attempts, plan.attempts);
			await put(db.responses, plan.responses);
			await put(db.cards, plan.cards);
			await db.settings.put({ key: 'activeProfile', value: plan.profile.id });
			return {
				ok: true,
				profile: plan.profile,
				added: {
					answers: plan.responses.length,
					attempts: plan.attempts.length,
					lessons: plan.lessonProgress.length,
					packs: packs.added
				},
				packsSkipped: packs.skipped
			};
		}
	);
}

/** The pack Chipwise comes with, whose ids a restored pack may not take. */
async function builtInPack(): Promise<BuiltIn> {
	const [{ fetchPack }, { allQuestions }] = await Promise.all([
		import('$lib/content/client'),
		import('$lib/content/queries')
	]);
	const pack = await fetchPack();
	return { id: pack.id, questionIds: allQuestions(pack).map((q) => q.id) };
}

const NO_NAME =
	'This backup has no learner name, so it cannot be restored as a new learner. On the device it came from, give the learner a name in Settings, then save a new backup.';

const refused = (kind: BackupError['kind'], message: string): ImportResult => ({
	ok: false,
	error: { kind, message }
});

/**
 * Sets and answers are stored by id alone, so a file could name the ids of another learner's
 * rows and, written with put, move that learner's history to its own profile. Ids are random,
 * so only a file changed by hand can do this: the whole restore is refused and nothing changes,
 * rather than restoring part of a file that cannot be trusted (skipped sets would leave answers
 * pointing at another learner's set). Lesson progress and review cards are keyed by profile id
 * and question or lesson, and every row must name the file's own profile (parseBackup), so
 * they cannot reach another learner's rows. Returns the sentence to show, or null when clear.
 */
async function takenByOthers(db: ChipwiseDB, incoming: BackupData): Promise<string | null> {
	const others = async (table: ChipwiseDB['attempts'] | ChipwiseDB['responses']) =>
		new Set(await table.where('profileId').notEqual(incoming.profile.id).primaryKeys());
	const attempts = await others(db.attempts);
	const responses = await others(db.responses);
	const sets = incoming.attempts.filter((a) => attempts.has(a.id)).length;
	const answers = incoming.responses.filter((r) => responses.has(r.id)).length;
	if (!sets && !answers) return null;
	return `This backup holds ${count(answers, 'answer', 'answers')} and ${count(sets, 'set', 'sets')} that belong to another learner on this device, so it was not restored. It may have been changed after it was saved.`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
