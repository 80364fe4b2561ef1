import { getDb, type ChipwiseDB, type ProfileRow } from './db';

const ACTIVE = 'activeProfile';

/** The learner using the app now; the first call on a device creates one. */
export async function activeProfile(db: ChipwiseDB = getDb()): Promise<ProfileRow> {
	return db.transaction('rw', db.settings, db.profiles, async () => {
		const saved = await db.settings.get(ACTIVE);
		const found = typeof saved?.value === 'string' ? await db.profiles.get(saved.value) : undefined;
		if (found) return found;
		const first = await db.profiles.orderBy('createdAt').first();
		const profile = first ?? { id: crypto.randomUUID(), name: 'Learner', createdAt: Date.now() };
		if (!first) await db.profiles.add(profile);
		await db.settings.put({ key: ACTIVE, value: profile.id });
		return profile;
	});
}
