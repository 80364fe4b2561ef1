// Teachers' pack drafts, kept on this device as they are typed, and published as packs. A
// published draft is checked as any pack is, then stored by the same code as an imported pack
// (so its learners' cards follow the same rules), in one transaction with the draft's new version.
import { buildPack, nextVersion, type PackDraft } from '$lib/authoring/draft';
import { checkPack, type FieldProblem } from '$lib/authoring/check';
import { getDb, type ChipwiseDB, type PackRow } from './db';
import { storePack, type BuiltIn } from './packs';

export type DraftPublish =
	| { ok: true; row: PackRow; version: string }
	| { ok: false; message: string; problems?: FieldProblem[] };

/** Saves a draft (a plain object, not a reactive proxy) as it is now, stamped `now`. */
export async function saveDraft(
	draft: PackDraft,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<void> {
	// IndexedDB stores a structured clone: later edits of `draft` do not reach the stored row.
	await db.drafts.put({ ...draft, updatedAt: now });
}

/** The drafts on this device, the most recently edited first. */
export function listDrafts(db: ChipwiseDB = getDb()): Promise<PackDraft[]> {
	return db.drafts.orderBy('updatedAt').reverse().toArray();
}

/** One draft, or undefined. */
export function getDraft(id: string, db: ChipwiseDB = getDb()): Promise<PackDraft | undefined> {
	return db.drafts.get(id);
}

/** Removes a draft; a pack published from it stays on the device. */
export async function deleteDraft(id: string, db: ChipwiseDB = getDb()): Promise<void> {
	await db.drafts.delete(id);
}

const problemCount = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);

/** The pack as JSON with its version left out, to tell whether anything changed. */
const unversioned = (row: PackRow) => JSON.stringify({ ...row.pack, version: '' });

/**
 * Publishes a draft as the next version of its pack, or says why not; a refused draft changes
 * nothing. The pack, the review cards its changed questions drop and the draft's `published`
 * are written in one transaction.
 */
export async function publishDraft(
	draft: PackDraft,
	builtIn: BuiltIn,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<DraftPublish> {
	return db.transaction('rw', [db.packs, db.cards, db.drafts], async (): Promise<DraftPublish> => {
		const stored = await db.packs.get(draft.id);
		const version = nextVersion(draft.published, stored?.version ?? null);
		const { pack, problems } = checkPack(buildPack(draft, version));
		if (!pack)
			return {
				ok: false,
				message: `This pack has ${problemCount(problems.length)} to fix before it can be published.`,
				problems
			};
		if (stored && unversioned(stored) === JSON.stringify({ ...pack, version: '' }))
			return {
				ok: false,
				message: `Nothing has changed since version ${stored.version} was published.`
			};
		// Nested in this transaction: a refusal here writes nothing, and the draft is left as is.
		const result = await storePack(pack, 'created', builtIn, db, now);
		if (!result.ok) return { ok: false, message: result.message };
		await db.drafts.put({ ...draft, published: version, updatedAt: now });
		return { ok: true, row: result.row, version };
	});
}
