import * as v from 'valibot';
import { UserMessage } from './storage-error';
import { allQuestions } from '$lib/content/queries';
import { AssignmentSchema, newAssignmentId, type Assignment } from '$lib/teach/assignment';
import { receiptMismatch } from '$lib/teach/match';
import { MAX_REPORTED } from '$lib/teach/limits';
import { titled } from '$lib/teach/titles';
import { readReceipts, type ReadProgress } from '$lib/teach/read-receipts';
import { receiptKey } from '$lib/teach/identity';
import { decodeReceipt, encodeReceipt, type Receipt } from '$lib/teach/receipt';
import {
	getDb,
	type ChipwiseDB,
	type ReceivedAssignmentRow,
	type TeacherAssignmentRow
} from './db';

// Teach: the assignments a teacher makes, the ones a learner receives, and the receipts a
// teacher imports. Everything that arrives from outside is checked before it is stored.

/** Saves a new or edited assignment; an edit keeps its archived state. Throws if invalid. */
export async function saveAssignment(
	assignment: Assignment,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<TeacherAssignmentRow> {
	const [row] = await saveAssignments([assignment], db, now);
	if (!row) throw new Error('No assignment was saved.');
	return row;
}

/**
 * Saves several assignments in one transaction, as `saveAssignment` saves one: all of them or,
 * when one is invalid or the storage fails, none.
 */
export async function saveAssignments(
	list: readonly Assignment[],
	db: ChipwiseDB = getDb(),
	now = Date.now(),
	/** The assignment these follow up, one for each student: Teach lists them under it. */
	followUpOf?: string
): Promise<TeacherAssignmentRow[]> {
	const checked = list.map((a) => v.parse(AssignmentSchema, a));
	return db.transaction('rw', db.assignments, async () => {
		const old = await db.assignments.bulkGet(checked.map((a) => a.id));
		const rows = checked.map((a, i): TeacherAssignmentRow => {
			const parent = followUpOf ?? old[i]?.followUpOf;
			return {
				id: a.id,
				assignment: a,
				updatedAt: now,
				archived: !!old[i]?.archived,
				...(parent ? { followUpOf: parent } : {})
			};
		});
		await db.assignments.bulkPut(rows);
		return rows;
	});
}

const COPY = ' (copy)';

/** A copy under a new id (so its link and receipts are its own), titled "… (copy)". */
export async function duplicateAssignment(
	id: string,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<Assignment> {
	const row = await db.assignments.get(id);
	if (!row) throw new UserMessage('This assignment is no longer on this device.');
	const title = titled(row.assignment.title, COPY);
	const copy = { ...row.assignment, id: newAssignmentId(), title, createdAt: now };
	await saveAssignment(copy, db, now);
	return copy;
}

export async function setArchived(
	id: string,
	archived: boolean,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<void> {
	const changed = await db.assignments.update(id, { archived, updatedAt: now });
	if (!changed) throw new UserMessage('This assignment is no longer on this device.');
}

/**
 * Keeps an assignment a learner opened, once per learner: opening the link again changes
 * nothing but the details (a teacher may have sent an edited link with the same id).
 */
export async function receiveAssignment(
	profileId: string,
	assignment: Assignment,
	db: ChipwiseDB = getDb(),
	now = Date.now()
): Promise<ReceivedAssignmentRow> {
	const checked = v.parse(AssignmentSchema, assignment);
	return db.transaction('rw', db.received, async () => {
		const old = await db.received.get([profileId, checked.id]);
		const row = {
			profileId,
			id: checked.id,
			assignment: checked,
			receivedAt: old?.receivedAt ?? now
		};
		await db.received.put(row);
		return row;
	});
}

export interface StoredReceipt {
	receipt: Receipt;
	/**
	 * 'duplicate' when the same receipt was already here, or came twice in one import;
	 * 'rejected' (and not stored) when it is not a result of the assignment on this device.
	 */
	status: 'added' | 'duplicate' | 'rejected';
	/** The assignment's title, or null for an assignment not made on this device. */
	title: string | null;
	/** Why a rejected receipt was not stored. */
	reason?: string;
}

/**
 * Stores receipts in one transaction, each once (by `receiptKey`). A receipt the codec would
 * refuse throws, and then nothing of the batch is stored.
 */
export async function storeReceipts(
	receipts: readonly Receipt[],
	db: ChipwiseDB = getDb(),
	now = Date.now(),
	known?: ReadonlySet<string>
): Promise<StoredReceipt[]> {
	for (const r of receipts) {
		if (!decodeReceipt(encodeReceipt(r), now).ok)
			throw new UserMessage('This is not a readable receipt.');
	}
	return storeDecoded(receipts, db, now, known);
}

/**
 * Stores receipts just decoded, in one transaction. One for an assignment on this device must
 * be a result of its questions, within its attempts; any other is rejected with the reason.
 * `known`: the questions the built-in pack has (see `questionsMatch`); an assignment on a pack
 * made or added on this device is checked against that pack's questions.
 */
async function storeDecoded(
	receipts: readonly Receipt[],
	db: ChipwiseDB,
	now: number,
	known?: ReadonlySet<string>
): Promise<StoredReceipt[]> {
	return db.transaction('rw', [db.receipts, db.assignments, db.packs], async () => {
		const keys = receipts.map(receiptKey);
		const existing = await db.receipts.bulkGet(keys);
		const ids = [...new Set(receipts.map((r) => r.assignmentId))];
		const found = await db.assignments.bulkGet(ids);
		const assignments = new Map(ids.map((id, i) => [id, found[i]?.assignment ?? null]));
		const knownOf = await packQuestions(db, [...assignments.values()], known);
		const seen = new Set<string>();
		const stored = receipts.map((receipt, i): StoredReceipt => {
			const key = keys[i] ?? receiptKey(receipt);
			const a = assignments.get(receipt.assignmentId) ?? null;
			const title = a?.title ?? null;
			const reason = a ? receiptMismatch(a, receipt, { known: knownOf(a.packId) }) : null;
			if (reason) return { receipt, status: 'rejected', title, reason };
			const duplicate = Boolean(existing[i]) || seen.has(key);
			seen.add(key);
			return { receipt, status: duplicate ? 'duplicate' : 'added', title };
		});
		const rows = stored
			.filter((s) => s.status === 'added')
			.map(({ receipt }) => ({
				key: receiptKey(receipt),
				assignmentId: receipt.assignmentId,
				receipt,
				importedAt: now
			}));
		await db.receipts.bulkAdd(rows);
		return stored;
	});
}

/** The questions of each assignment's pack: a stored pack's own, or else `builtIn`. */
async function packQuestions(
	db: ChipwiseDB,
	assignments: readonly (Assignment | null)[],
	builtIn: ReadonlySet<string> | undefined
): Promise<(packId: string) => ReadonlySet<string> | undefined> {
	const packIds = [...new Set(assignments.flatMap((a) => (a ? [a.packId] : [])))];
	const rows = await db.packs.bulkGet(packIds);
	const own = new Map(
		rows.flatMap((row) => (row ? [[row.id, new Set(allQuestions(row.pack).map((q) => q.id))]] : []))
	);
	return (packId) => own.get(packId) ?? builtIn;
}

export interface ImportSource {
	/** How the report names it: "Pasted text", or a file name. */
	label: string;
	text: string;
}

export interface SourceReport {
	label: string;
	added: number;
	duplicates: number;
	/**
	 * The first pieces that were rejected, numbered from 1 within their source, with the
	 * piece's text to quote when it has one (a file's item that is no code has none).
	 */
	rejected: { piece: number; message: string; text?: string }[];
	/** How many pieces were rejected, those in `rejected` included. */
	rejectedCount: number;
	/** Receipt codes not read: one import reads at most MAX_RECEIPTS_READ. */
	notRead: number;
	/** The text of every piece not added (rejected or not read), in order: to fix and add again. */
	leftOver: string[];
}

/**
 * Every receipt in pasted text and files, read in chunks that let the page answer (with
 * `onProgress`), then stored in one transaction, with a report per source.
 */
export async function importReceipts(
	sources: readonly ImportSource[],
	db: ChipwiseDB = getDb(),
	now = Date.now(),
	options: {
		onProgress?: (p: ReadProgress) => void;
		pause?: () => Promise<void>;
		known?: ReadonlySet<string>;
	} = {}
): Promise<{ sources: SourceReport[]; stored: StoredReceipt[] }> {
	const { known, ...reading } = options;
	const reads = await readReceipts(
		sources.map((s) => s.text),
		{ now, ...reading }
	);
	const stored = await storeDecoded(
		reads.flatMap((r) => r.receipts),
		db,
		now,
		known
	);
	let at = 0;
	const reports = reads.map((read, i): SourceReport => {
		const own = stored.slice(at, (at += read.receipts.length));
		const refused = own.flatMap((s, k) =>
			s.reason ? [{ index: read.indexes[k] ?? 0, message: s.reason }] : []
		);
		const rejected = [
			...read.errors.map((e) => ({ index: e.index, message: e.error.message })),
			...refused
		].sort((x, y) => x.index - y.index);
		const taken = new Set(own.flatMap((s, k) => (s.reason ? [] : [read.indexes[k]])));
		return {
			label: sources[i]?.label ?? '',
			added: own.filter((s) => s.status === 'added').length,
			duplicates: own.filter((s) => s.status === 'duplicate').length,
			rejected: rejected.slice(0, MAX_REPORTED).map(({ index, message }) => {
				const text = read.pieces[index];
				return { piece: index + 1, message, ...(text ? { text } : {}) };
			}),
			rejectedCount: read.rejected + refused.length,
			notRead: read.notRead,
			leftOver: read.pieces.filter((text, index) => text && !taken.has(index))
		};
	});
	return { sources: reports, stored };
}
