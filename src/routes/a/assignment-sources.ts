// Where a student's assignment page reads and writes: the app's database and the pack it comes
// with, or a test's own (see `AssignmentSources`).
import { load } from '$lib/db/load';
import { fetchPack } from '$lib/content/client';
import { allQuestions } from '$lib/content/queries';
import type { Pack } from '$lib/content/schema';
import { currentProfile } from '$lib/db/profile.svelte';
import type { Attempt, Response } from '$lib/quiz/attempt';
import type { QuizStore } from '$lib/quiz/store';
import type { Assignment } from '$lib/teach/assignment';
import type { ChipwiseDB } from '$lib/db/db';
import type { startListSession } from '$lib/db/sessions';

type ListSession = Parameters<typeof startListSession>[0];

export type PackAdded = { ok: true; title: string } | { ok: false; message: string };

export interface AssignmentSources {
	/** The pack Chipwise comes with. */
	pack(): Promise<Pack>;
	/** A pack made or added on this device, or null. */
	storedPack(id: string): Promise<Pack | null>;
	/** Keeps a pack (its file's text) on this device, checked as any pack file is. */
	addPack(text: string, builtIn: Pack): Promise<PackAdded>;
	/** The learner on this device: `ensure` creates one on a first visit. */
	learner: {
		readonly id: string | null;
		/** Known, once loaded, to hold no learner yet (a first visit). */
		readonly none: boolean;
		load(): Promise<void>;
		ensure(): Promise<void>;
		reload(): Promise<void>;
	};
	receive(learnerId: string, assignment: Assignment): Promise<void>;
	assignmentOf(learnerId: string, attemptId: string): Promise<Assignment | null>;
	attempt(id: string): Promise<Attempt | undefined>;
	responses(attemptId: string): Promise<Response[]>;
	store(): Promise<QuizStore>;
	rename(learnerId: string, name: string): Promise<void>;
	startList(init: ListSession): Promise<Attempt>;
	/** Loads the database code that keeping, starting, answering and finishing use (offline too). */
	prepare(): Promise<unknown>;
}

/** The app's sources; the database modules load when first used. */
export const appSources: AssignmentSources = {
	pack: fetchPack,
	...packSources(),
	learner: currentProfile,
	receive: async (id, a) => {
		await (await load.teach()).receiveAssignment(id, a);
	},
	assignmentOf: async (id, attemptId) => (await load.sessions()).assignmentOfAttempt(id, attemptId),
	attempt: async (id) => (await load.attempts()).getAttempt(id),
	responses: async (id) => (await load.attempts()).attemptResponses(id),
	store: async () => (await load.quizStore()).dbQuizStore(),
	rename: async (id, name) => (await load.profiles()).renameProfile(id, name),
	startList: async (init) => (await load.sessions()).startListSession(init),
	prepare: () =>
		Promise.all([load.teach(), load.sessions(), load.attempts(), load.quizStore(), load.profiles()])
};

/** Reading and adding teachers' packs, in `db` (the app's database by default). */
export function packSources(db?: ChipwiseDB): Pick<AssignmentSources, 'storedPack' | 'addPack'> {
	return {
		storedPack: async (id) => (await (await load.packReads()).storedPack(id, db))?.pack ?? null,
		addPack: async (text, builtIn) => {
			const ids = allQuestions(builtIn).map((q) => q.id);
			const { importPack } = await load.packs();
			const added = await importPack(text, { id: builtIn.id, questionIds: ids }, db);
			return added.ok ? { ok: true, title: added.row.title } : added;
		}
	};
}
