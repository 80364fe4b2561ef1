import { retentionKey } from '$lib/db/reads';
import type { Attempt, Response } from '$lib/quiz/attempt';
import type { BackupData } from './backup';
import type { StoredCard } from './review-card';

/**
 * The rows to write (put) so that the device holds the union of what it had and what the
 * backup brings, with no duplicates. Rows the device already has in their winning form are
 * left out, so an import of the same file twice writes nothing the second time.
 */
export interface MergePlan {
	profile: BackupData['profile'];
	lessonProgress: BackupData['lessonProgress'];
	attempts: Attempt[];
	responses: Response[];
	cards: StoredCard[];
	settings: BackupData['settings'];
}

/**
 * Merges one table by key. `wins(candidate, current)` says whether an incoming row replaces
 * the row kept so far; rows that end up the same object as the existing one are not written.
 */
function mergeRows<T>(
	existing: readonly T[],
	incoming: readonly T[],
	key: (row: T) => string,
	wins: (candidate: T, current: T) => boolean
): T[] {
	const kept = new Map<string, T>();
	for (const row of existing) {
		const current = kept.get(key(row));
		if (!current || wins(row, current)) kept.set(key(row), row);
	}
	const before = new Map(kept);
	for (const row of incoming) {
		const current = kept.get(key(row));
		if (!current || wins(row, current)) kept.set(key(row), row);
	}
	const writes: T[] = [];
	for (const [k, row] of kept) if (before.get(k) !== row) writes.push(row);
	return writes;
}

/**
 * How to merge a backup into the device. `existing` is the device's data for the same profile
 * (null when the profile is new here). Per table:
 * - lesson progress by lessonId: the earliest completion wins (when it was first finished);
 * - attempts by id: the one updated last wins (it carries the later position and drafts);
 * - responses by id: the device's copy wins (a checked answer never changes);
 * - cards by questionId: the one updated last wins (it has seen more reviews);
 * - settings: only the learner's own key (their review retention) comes in, and only when
 *   the device lacks it. Device-wide keys (theme, the active learner), other learners' keys
 *   and unknown keys in the file are dropped: a backup speaks for one learner only;
 * - profile: the device's name stays; the earlier creation date is kept.
 */
export function planMerge(existing: BackupData | null, incoming: BackupData): MergePlan {
	const mine = existing ?? {
		profile: incoming.profile,
		settings: [],
		lessonProgress: [],
		attempts: [],
		responses: [],
		cards: []
	};
	const settingKeys = new Set(mine.settings.map((s) => s.key));
	const own = retentionKey(incoming.profile.id);
	const settings: BackupData['settings'] = [];
	for (const s of incoming.settings) {
		if (s.key !== own || settingKeys.has(s.key)) continue;
		settingKeys.add(s.key);
		settings.push(s);
	}
	return {
		profile: {
			id: incoming.profile.id,
			name: existing?.profile.name || incoming.profile.name,
			createdAt: Math.min(mine.profile.createdAt, incoming.profile.createdAt)
		},
		lessonProgress: mergeRows(
			mine.lessonProgress,
			incoming.lessonProgress,
			(r) => r.lessonId,
			(a, b) => a.completedAt < b.completedAt
		),
		attempts: mergeRows(
			mine.attempts,
			incoming.attempts,
			(r) => r.id,
			(a, b) => a.updatedAt > b.updatedAt
		),
		responses: mergeRows(
			mine.responses,
			incoming.responses,
			(r) => r.id,
			() => false
		),
		cards: mergeRows(
			mine.cards,
			incoming.cards,
			(r) => r.questionId,
			(a, b) => a.updatedAt > b.updatedAt
		),
		settings
	};
}
