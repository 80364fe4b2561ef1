import Dexie, { type EntityTable } from 'dexie';
import type { StoredCard } from '$lib/progress/review-card';
import { storageHealth } from './health.svelte';
import type { Attempt, Response } from '$lib/quiz/attempt';
import type { Assignment } from '$lib/teach/assignment';
import type { Receipt } from '$lib/teach/receipt';
import type { Pack } from '$lib/content/schema';
import type { PackDraft } from '$lib/authoring/draft';
import type { ClassList } from '$lib/teach/roster';
import { DB_NAME } from './name';
import { markStored } from './presence';
import { DEFAULT_RETENTION } from '$lib/progress/retention';

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

/** An assignment a teacher made on this device. */
export interface TeacherAssignmentRow {
	id: string;
	assignment: Assignment;
	updatedAt: number;
	archived: boolean;
	/** A follow-up made for one student: the assignment it follows, under which Teach lists it. */
	followUpOf?: string;
}

/** An assignment a learner opened from a link, kept for "Assigned to me". */
export interface ReceivedAssignmentRow {
	profileId: string;
	id: string;
	assignment: Assignment;
	receivedAt: number;
}

/** A student's result a teacher imported into the gradebook. */
export interface ReceiptRow {
	key: string;
	assignmentId: string;
	receipt: Receipt;
	importedAt: number;
}

/**
 * A content pack kept on this device, beside the built-in one: imported from a file, or made
 * in the editor and published. Its question ids are its own on the device (checked on import),
 * so answers, review cards and mastery need no pack id.
 */
export interface PackRow {
	id: string;
	version: string;
	title: string;
	pack: Pack;
	origin: 'imported' | 'created';
	addedAt: number;
	updatedAt: number;
	/** What the latest version changed for a learner who studied the one before, if any. */
	changes: {
		from: string;
		summary: string;
		updated: string[];
		added: string[];
		removed: string[];
	} | null;
}

/**
 * The whole on-device database. Each schema change is a new `version(n)` with its upgrade,
 * tested against data written by every version before it (fixtures.test.ts).
 */
export class ChipwiseDB extends Dexie {
	settings!: EntityTable<SettingRow, 'key'>;
	profiles!: EntityTable<ProfileRow, 'id'>;
	lessonProgress!: Dexie.Table<LessonProgressRow, [string, string]>;
	attempts!: EntityTable<Attempt, 'id'>;
	responses!: EntityTable<Response, 'id'>;
	cards!: Dexie.Table<StoredCard, [string, string]>;
	assignments!: EntityTable<TeacherAssignmentRow, 'id'>;
	received!: Dexie.Table<ReceivedAssignmentRow, [string, string]>;
	receipts!: EntityTable<ReceiptRow, 'key'>;
	packs!: EntityTable<PackRow, 'id'>;
	drafts!: EntityTable<PackDraft, 'id'>;
	classes!: EntityTable<ClassList, 'id'>;

	constructor(name = DB_NAME) {
		super(name);
		// Dexie reads an older database's own schema and adds what a later version declares, so a
		// version is declared here only where data moves (v4) and for the latest; a change adds
		// its own version(n). Each declaration costs every page with data some CPU as it loads.
		// v1: settings. v2: learner profiles and lesson progress. v3: quiz attempts (with unsent
		// drafts) and every checked answer. v4: spaced-review cards, rebuilt from the answers given
		// before them, and Teach (assignments made, assignments received, receipts).
		this.version(4)
			.stores({
				settings: 'key',
				profiles: 'id, createdAt',
				lessonProgress: '[profileId+lessonId], profileId, [profileId+moduleId]',
				attempts: 'id, profileId, [profileId+setId], updatedAt',
				responses: 'id, attemptId, profileId, [profileId+questionId], answeredAt',
				cards: '[profileId+questionId], profileId, [profileId+due]',
				assignments: 'id, updatedAt',
				received: '[profileId+id], profileId',
				receipts: 'key, assignmentId'
			})
			.upgrade((tx) => rebuildCards(tx.table('responses'), tx.table('cards')));
		// v5: content packs kept on the device beside the built-in one. v6: teachers' pack drafts,
		// saved as they are typed. v7: a teacher's class lists. New tables only.
		this.version(7).stores({
			packs: 'id, addedAt',
			drafts: 'id, updatedAt',
			classes: 'id, updatedAt'
		});
	}
}

/**
 * Replays every stored response, oldest first, into review cards (none existed before v4).
 * The scheduler (ts-fsrs) loads only for this upgrade, so the pages that just read progress do
 * not download it; `Dexie.waitFor` keeps the upgrade transaction open while it loads.
 */
async function rebuildCards(responses: Dexie.Table<Response>, cards: Dexie.Table<StoredCard>) {
	const { reviewCard } = await Dexie.waitFor(import('$lib/progress/review-card'));
	const retention = DEFAULT_RETENTION;
	const latest = new Map<string, StoredCard>();
	await responses.orderBy('answeredAt').each((r) => {
		const key = `${r.profileId} ${r.questionId}`;
		latest.set(key, reviewCard(latest.get(key), r, retention));
	});
	await cards.bulkPut([...latest.values()]);
}

let instance: ChipwiseDB | undefined;

/** The app's single database, created on first use and only in a browser. */
export function getDb(): ChipwiseDB {
	if (typeof indexedDB === 'undefined') {
		const error = new Dexie.MissingAPIError(
			'IndexedDB is not available here (prerender or an old browser).'
		);
		storageHealth.fail('refused');
		throw error;
	}
	if (!instance) {
		instance = watchUpgrades(new ChipwiseDB());
		// Pages read this before they paint: a quiz's first question is shown only without it.
		markStored();
	}
	return instance;
}

/** Upgrades between tabs: the old tab steps aside when asked, the new one says what it waits for. */
export function watchUpgrades<T extends Dexie>(db: T): T {
	db.on('versionchange', () => {
		// Another tab opened a newer schema: close so it can upgrade, and offer a reload here.
		db.close();
		storageHealth.markOutdated();
		return false;
	});
	db.on('blocked', () => {
		storageHealth.setBlocked(true);
	});
	db.on('ready', () => {
		storageHealth.setBlocked(false);
	});
	return db;
}
