import Dexie, { type EntityTable } from 'dexie';
import type { Attempt, Response } from '$lib/quiz/attempt';

/** A learner-wide preference, keyed by name (theme, active profile…). */
export interface SettingRow {
	key: string;
	value: unknown;
}

/** A learner on this device. Profiles separate data; they are not a security boundary. */
export interface ProfileRow {
	id: string;
	name: string;
	createdAt: number;
}

/** A lesson a learner has finished reading. */
export interface LessonProgressRow {
	profileId: string;
	lessonId: string;
	moduleId: string;
	completedAt: number;
}

export const DB_NAME = 'chipwise';

/**
 * The whole on-device database. Each schema change is a new `version(n)` with its
 * upgrade, tested against data written by the version before it.
 */
export class ChipwiseDB extends Dexie {
	settings!: EntityTable<SettingRow, 'key'>;
	profiles!: EntityTable<ProfileRow, 'id'>;
	lessonProgress!: Dexie.Table<LessonProgressRow, [string, string]>;
	attempts!: EntityTable<Attempt, 'id'>;
	responses!: EntityTable<Response, 'id'>;

	constructor(name = DB_NAME) {
		super(name);
		this.version(1).stores({ settings: 'key' });
		// v2: learner profiles and lesson progress. Nothing to move: v1 held settings only.
		this.version(2).stores({
			profiles: 'id, createdAt',
			lessonProgress: '[profileId+lessonId], profileId, [profileId+moduleId]'
		});
		// v3: quiz attempts (with unsent drafts) and every checked answer. New tables only.
		this.version(3).stores({
			attempts: 'id, profileId, [profileId+setId], updatedAt',
			responses: 'id, attemptId, profileId, [profileId+questionId], answeredAt'
		});
	}
}

let instance: ChipwiseDB | undefined;

/** The app's single database, created on first use and only in a browser. */
export function getDb(): ChipwiseDB {
	if (typeof indexedDB === 'undefined') {
		throw new Error('IndexedDB is not available here (prerender or an old browser).');
	}
	instance ??= new ChipwiseDB();
	return instance;
}
