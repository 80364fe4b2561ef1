// Content packs kept on this device beside the built-in one. A pack comes in whole, checked as
// the shipped pack is (without its editorial minimums), and is stored in one transaction; a
// newer version replaces the older one and gives a fresh review card to each question that
// changed for the learner, keeping every answer given.
import { changeSummary, importKind, packChanges } from '$lib/authoring/changes';
import { parsePack } from '$lib/content/parse';
import type { Pack } from '$lib/content/schema';
import { getDb, type ChipwiseDB, type PackRow } from './db';

/** The built-in pack, which an imported one may not stand in for. */
export interface BuiltIn {
	id: string;
	questionIds: readonly string[];
}

export type PackImport =
	{ ok: true; kind: 'new' | 'newer'; row: PackRow } | { ok: false; message: string };

const questionIds = (pack: Pack) => pack.modules.flatMap((m) => m.questions.map((q) => q.id));

/** Reads a pack file and keeps it on this device, or says why not; a refused file changes nothing. */
export async function importPack(
	text: string,
	builtIn: BuiltIn,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<PackImport> {
	const parsed = parsePack(text, { editorial: false });
	if (!parsed.ok) return { ok: false, message: parsed.error.message };
	return storePack(parsed.pack, 'imported', builtIn, db, now);
}

/**
 * Keeps a checked pack on this device, imported or published from a draft, or says why not; a
 * refused pack changes nothing. Runs in its own transaction, or inside the caller's when that one
 * covers `packs` and `cards` (Dexie nests it). A newer version of an imported pack keeps the
 * origin it was first stored with; a published one is always 'created'.
 */
export async function storePack(
	pack: Pack,
	origin: PackRow['origin'],
	builtIn: BuiltIn,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<PackImport> {
	if (pack.id === builtIn.id)
		return {
			ok: false,
			message: `“${pack.title}” is the pack Chipwise comes with: it is already here.`
		};
	return db.transaction('rw', [db.packs, db.cards], async (): Promise<PackImport> => {
		const stored = await db.packs.get(pack.id);
		const kind = importKind(stored?.version ?? null, pack.version);
		if (kind === 'same')
			return {
				ok: false,
				message: `This device already has “${pack.title}”, version ${pack.version}.`
			};
		if (kind === 'older')
			return {
				ok: false,
				message: `This device has a newer version of “${pack.title}” (${stored?.version}) than this file (${pack.version}).`
			};
		const clash = await clashingPack(pack, builtIn, db);
		if (clash) return { ok: false, message: clash };
		const changes = stored ? packChanges(stored.pack, pack) : null;
		if (changes?.updated.length) {
			const updated = new Set(changes.updated);
			await db.cards.filter((c) => updated.has(c.questionId)).delete();
		}
		const row: PackRow = {
			id: pack.id,
			version: pack.version,
			title: pack.title,
			pack,
			origin: origin === 'created' ? 'created' : (stored?.origin ?? 'imported'),
			addedAt: stored?.addedAt ?? now,
			updatedAt: now,
			changes:
				stored && changes
					? {
							from: stored.version,
							summary: changeSummary(changes),
							updated: changes.updated,
							added: changes.added,
							removed: changes.removed
						}
					: null
		};
		await db.packs.put(row);
		return { ok: true, kind: kind === 'new' ? 'new' : 'newer', row };
	});
}

/** Why a pack's question ids cannot be its own on this device, or null when they can. */
async function clashingPack(pack: Pack, builtIn: BuiltIn, db: ChipwiseDB): Promise<string | null> {
	const ids = new Set(questionIds(pack));
	const shared = (others: readonly string[]) => others.filter((id) => ids.has(id));
	const withBuiltIn = shared(builtIn.questionIds);
	if (withBuiltIn.length)
		return `This pack uses question ids of the pack Chipwise comes with (${withBuiltIn.slice(0, 3).join(', ')}): give its questions ids of their own.`;
	for (const other of await db.packs.toArray()) {
		if (other.id === pack.id) continue;
		const both = shared(questionIds(other.pack));
		if (both.length)
			return `This pack uses question ids of “${other.title}” (${both.slice(0, 3).join(', ')}): give its questions ids of their own.`;
	}
	return null;
}

/** Removes a pack from this device; the answers given to its questions stay in the history. */
export async function removePack(id: string, db: ChipwiseDB = getDb()): Promise<void> {
	await db.packs.delete(id);
}
