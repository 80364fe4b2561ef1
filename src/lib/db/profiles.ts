import { getDb, type ChipwiseDB, type ProfileRow } from './db';
import { UserMessage } from './storage-error';
import { retentionKey } from './reads';
import { LEARNER_CHANNEL } from './name';
import { cleanName, DEFAULT_NAME } from '$lib/profile/name';

const ACTIVE = 'activeProfile';

/** The learner using the app now; the first call on a device creates one. */
export async function activeProfile(
	db: ChipwiseDB = getDb(),
	newId: string = crypto.randomUUID()
): Promise<ProfileRow> {
	let created = false;
	const profile = await db.transaction('rw', db.settings, db.profiles, async () => {
		const saved = await db.settings.get(ACTIVE);
		const found = typeof saved?.value === 'string' ? await db.profiles.get(saved.value) : undefined;
		if (found) return found;
		const first = await db.profiles.orderBy('createdAt').first();
		const profile = first ?? { id: newId, name: DEFAULT_NAME, createdAt: Date.now() };
		if (!first) await db.profiles.add(profile);
		created = !first;
		await db.settings.put({ key: ACTIVE, value: profile.id });
		return profile;
	});
	if (created) announceLearner();
	return profile;
}

/** Tells the app's other tabs that a learner exists now (see `currentProfile`). */
function announceLearner(): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(LEARNER_CHANNEL);
	channel.postMessage('created');
	channel.close();
}

export function listProfiles(db: ChipwiseDB = getDb()): Promise<ProfileRow[]> {
	return db.profiles.orderBy('createdAt').toArray();
}

export async function createProfile(
	name: string,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<ProfileRow> {
	const clean = cleanName(name);
	if (!clean) throw new UserMessage('A name is needed.');
	const profile = { id: crypto.randomUUID(), name: clean, createdAt: now };
	await db.profiles.add(profile);
	announceLearner();
	return profile;
}

export async function switchProfile(id: string, db: ChipwiseDB = getDb()): Promise<void> {
	await db.transaction('rw', db.settings, db.profiles, async () => {
		if (!(await db.profiles.get(id))) throw new UserMessage('No such learner on this device.');
		await db.settings.put({ key: ACTIVE, value: id });
	});
}

export async function renameProfile(
	id: string,
	name: string,
	db: ChipwiseDB = getDb()
): Promise<void> {
	const clean = cleanName(name);
	if (!clean) throw new UserMessage('A name is needed.');
	// Another tab may have deleted this learner meanwhile.
	const changed = await db.profiles.update(id, { name: clean });
	if (!changed && !(await db.profiles.get(id)))
		throw new UserMessage('No such learner on this device.');
}

/** Deletes a learner and everything that is theirs, in one transaction. */
export async function deleteProfile(id: string, db: ChipwiseDB = getDb()): Promise<void> {
	await db.transaction(
		'rw',
		[db.profiles, db.settings, db.lessonProgress, db.attempts, db.responses, db.cards, db.received],
		async () => {
			await db.lessonProgress.where('profileId').equals(id).delete();
			await db.attempts.where('profileId').equals(id).delete();
			await db.responses.where('profileId').equals(id).delete();
			await db.cards.where('profileId').equals(id).delete();
			await db.received.where('profileId').equals(id).delete();
			await db.settings.delete(retentionKey(id));
			await db.profiles.delete(id);
			const active = await db.settings.get(ACTIVE);
			if (active?.value === id) await db.settings.delete(ACTIVE);
		}
	);
}
