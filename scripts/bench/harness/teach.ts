/// <reference types="vite/client" />
// Teach in the harness: the gradebook import benchmark, and receipts for Lighthouse's gradebook.
// The Teach modules are found with a glob, so the harness still builds while they do not exist
// (the benchmark then reports "not measured").
import { fetchPack } from '$lib/content/client';
import type { Pack } from '$lib/content/schema';
import type { Receipt } from '$lib/teach/receipt';
import { encodeAssignment } from '$lib/teach/assignment';
import { ChipwiseDB } from '$lib/db/db';
import { freshDb, questionIds, random } from './util';

interface TeachModules {
	saveAssignment(assignment: unknown, db: ChipwiseDB, now: number): Promise<unknown>;
	importReceipts(
		sources: { label: string; text: string }[],
		db: ChipwiseDB,
		now: number
	): Promise<{ sources: { added: number; duplicates: number; rejected: unknown[] }[] }>;
	encodeReceipt(receipt: Receipt): string;
}

const found = import.meta.glob([
	'../../../src/lib/db/teach.ts',
	'../../../src/lib/teach/receipt.ts'
]);

/** The Teach functions the benchmark needs, or why they cannot be used (yet). */
async function teachModules(): Promise<TeachModules | string> {
	const loaders = Object.values(found);
	if (loaders.length < 2) return 'src/lib/db/teach.ts or src/lib/teach/receipt.ts does not exist';
	const all = Object.assign({}, ...(await Promise.all(loaders.map((load) => load()))));
	for (const name of ['saveAssignment', 'importReceipts', 'encodeReceipt']) {
		if (typeof all[name] !== 'function') return `no ${name} export in the Teach modules`;
	}
	return all as TeachModules;
}

function assignmentFor(pack: Pack, now: number) {
	return {
		id: 'benchGradebook01',
		title: 'Micron ban: class check',
		className: '10B',
		packId: pack.id,
		packVersion: pack.version,
		questionIds: questionIds(pack).filter((_, i) => i % 11 === 0),
		mode: 'test' as const,
		due: null,
		passMark: 60,
		attemptsAllowed: 2,
		shuffle: true,
		createdAt: now - 7 * 24 * 60 * 60 * 1000
	};
}

function receiptsFor(assignment: ReturnType<typeof assignmentFor>, pack: Pack, count: number) {
	const rand = random(3);
	return Array.from({ length: count }, (_, i): Receipt => {
		const results = assignment.questionIds.map((questionId) => {
			const credit = rand() < 0.7 ? 1 : rand() < 0.5 ? 0.5 : 0;
			return { questionId, credit, answer: credit === 1 ? 'Micron' : 'Japan' };
		});
		const credit = results.reduce((s, r) => s + r.credit, 0);
		const finishedAt = assignment.createdAt + 60_000 * (i + 1);
		return {
			assignmentId: assignment.id,
			student: `Student ${String(i + 1).padStart(3, '0')}`,
			score: {
				credit,
				total: results.length,
				percent: Math.round((credit / results.length) * 100)
			},
			results,
			timeMs: 300_000,
			startedAt: finishedAt - 300_000,
			finishedAt,
			attemptsUsed: 1,
			appVersion: '0.1.0',
			contentVersion: `${pack.id}@${pack.version}`
		};
	});
}

/** Pasted text with `count` receipt codes, imported with Teach's own import into `db`. */
async function importInto(db: ChipwiseDB, teach: TeachModules, count: number, now: number) {
	const pack = await fetchPack();
	const assignment = assignmentFor(pack, now);
	await teach.saveAssignment(assignment, db, now);
	const text = receiptsFor(assignment, pack, count).map(teach.encodeReceipt).join('\n');
	const t0 = performance.now();
	const report = await teach.importReceipts([{ label: 'Pasted text', text }], db, now);
	const ms = performance.now() - t0;
	const added = report.sources[0]?.added ?? 0;
	if (added !== count) throw new Error(`The import added ${added} of ${count} receipts`);
	return { ms, id: assignment.id };
}

/** Time to import `count` receipts (decode, check, store) into an empty gradebook. */
export async function gradebookImport(
	count: number
): Promise<{ ms: number } | { skipped: string }> {
	const teach = await teachModules();
	if (typeof teach === 'string') return { skipped: teach };
	const db = await freshDb('chipwise-bench-gradebook');
	try {
		return { ms: (await importInto(db, teach, count, Date.now())).ms };
	} finally {
		db.close();
		await ChipwiseDB.delete(db.name);
	}
}

/** An assignment with `count` receipts in the app's own database, for Lighthouse. */
export async function seedGradebook(count: number): Promise<{ id: string } | { skipped: string }> {
	const teach = await teachModules();
	if (typeof teach === 'string') return { skipped: teach };
	const db = new ChipwiseDB();
	try {
		return { id: (await importInto(db, teach, count, Date.now())).id };
	} finally {
		db.close();
	}
}

/**
 * The address a student opens from the teacher's link or QR code for the gradebook's
 * assignment, for Lighthouse's first visit to the assignment page.
 */
export async function assignmentPath(): Promise<string> {
	const pack = await fetchPack();
	const a = assignmentFor(pack, Date.now());
	return `/a/#${encodeAssignment({ ...a, id: 'benchStudent01', returnBy: 'scan' })}`;
}
