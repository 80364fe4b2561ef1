// Helpers shared by the harness's benchmarks.
import { ChipwiseDB } from '$lib/db/db';
import type { Pack } from '$lib/content/schema';

export const PROFILE = 'bench-learner';

/** A small seeded generator (mulberry32), so every run stores the same data. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new, empty database under `name`, beside the app's own. */
export async function freshDb(name: string): Promise<ChipwiseDB> {
	await ChipwiseDB.delete(name);
	const db = new ChipwiseDB(name);
	await db.open();
	return db;
}

export const questionIds = (pack: Pack): string[] =>
	pack.modules.flatMap((m) => m.questions.map((q) => q.id));
