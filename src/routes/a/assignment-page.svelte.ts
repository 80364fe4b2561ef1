// A student's assignment page: it reads the assignment from its link, checks that this version
// of the app can do it, keeps it for "Assigned to me", resumes or starts the attempt on screen,
// and starts a retry of missed questions. The page keeps the markup and the learner's list of
// attempts; what it reads and writes comes in as `AssignmentSources`, so a test can give its own.
import { load } from '$lib/db/load';
import { questionsByIds } from '$lib/content/queries';
import type { Pack } from '$lib/content/schema';
import { currentProfile } from '$lib/db/profile.svelte';
import { storageMessage } from '$lib/db/storage-error';
import { quizVersion, startedOn, type Attempt, type Response } from '$lib/quiz/attempt';
import { Player } from '$lib/quiz/player.svelte';
import { retryTitle } from '$lib/quiz/session';
import type { QuizStore } from '$lib/quiz/store';
import { decodeAssignment, encodeAssignment, type Assignment } from '$lib/teach/assignment';
import type { startListSession } from '$lib/db/sessions';

type ListSession = Parameters<typeof startListSession>[0];

export interface AssignmentSources {
	pack(): Promise<Pack>;
	/** The learner on this device: `ensure` creates one on a first visit. */
	learner: {
		readonly id: string | null;
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
}

/** The app's sources; the database modules load when first used. */
export const appSources: AssignmentSources = {
	pack: async () => (await import('$lib/content/client')).fetchPack(),
	learner: currentProfile,
	receive: async (id, a) => {
		await (await load.teach()).receiveAssignment(id, a);
	},
	assignmentOf: async (id, attemptId) => (await load.sessions()).assignmentOfAttempt(id, attemptId),
	attempt: async (id) => (await load.attempts()).getAttempt(id),
	responses: async (id) => (await load.attempts()).attemptResponses(id),
	store: async () => (await load.quizStore()).dbQuizStore(),
	rename: async (id, name) => (await load.profiles()).renameProfile(id, name),
	startList: async (init) => (await load.sessions()).startListSession(init)
};

export class AssignmentPage {
	#code = $state('');
	#problem = $state('');
	#warning = $state('');
	#assignment = $state<Assignment | null>(null);
	#pack = $state<Pack | null>(null);
	#player = $state<Player | null>(null);
	#questions = $derived(
		this.#pack && this.#assignment ? questionsByIds(this.#pack, this.#assignment.questionIds) : []
	);
	#sources: AssignmentSources;

	constructor(sources: AssignmentSources = appSources) {
		this.#sources = sources;
	}

	/** The assignment's link code, as the fragment carries it. */
	get code(): string {
		return this.#code;
	}
	/** Why the assignment cannot be done here, in words for the student; '' when it can. */
	get problem(): string {
		return this.#problem;
	}
	/** What works but is not kept (storage refused), shown above the assignment. */
	get warning(): string {
		return this.#warning;
	}
	get assignment(): Assignment | null {
		return this.#assignment;
	}
	get pack(): Pack | null {
		return this.#pack;
	}
	get player(): Player | null {
		return this.#player;
	}
	/** The assignment's questions that this version of the app has. */
	get questions() {
		return this.#questions;
	}

	/**
	 * Follows the address: the fragment names the assignment (or, without one, the stored
	 * attempt `attemptId` does), and `attemptId` the attempt on screen.
	 */
	async route(fragment: string, attemptId: string | null): Promise<void> {
		const text = fragment || (attemptId ? await this.#recover(attemptId) : '');
		if (text !== this.#code || (!this.#assignment && !this.#problem)) await this.open(text);
		if (!this.#assignment || !this.#pack) return;
		if (!attemptId) this.#player = null;
		else if (this.#player?.attempt.id !== attemptId) await this.resume(attemptId);
	}

	/** The link of the assignment a stored attempt of this learner was made from. */
	async #recover(attemptId: string): Promise<string> {
		try {
			await this.#sources.learner.load();
			const found = await this.#sources.assignmentOf(this.#sources.learner.id ?? '', attemptId);
			if (!found) return '';
			return found.id === this.#assignment?.id ? this.#code : encodeAssignment(found);
		} catch {
			return '';
		}
	}

	/** Reads an assignment link and checks that it can be done here. */
	async open(text: string): Promise<void> {
		this.#code = text;
		this.#player = null;
		this.#problem = '';
		this.#warning = '';
		const decoded = decodeAssignment(text);
		if (!decoded.ok) {
			this.#assignment = null;
			this.#problem = decoded.error.message;
			return;
		}
		const a = decoded.assignment;
		this.#assignment = a;
		let pack: Pack;
		try {
			pack = await this.#sources.pack();
			this.#pack = pack;
		} catch {
			this.#problem =
				'The questions could not be loaded. Connect to the internet once, then reload.';
			return;
		}
		if (pack.id !== a.packId) {
			this.#problem = `This assignment is for lessons (“${a.packId}”) that this version of Chipwise does not have.`;
			return;
		}
		if (!questionsByIds(pack, a.questionIds).length) {
			this.#problem =
				"None of this assignment's questions are in this version of Chipwise, so it can't be done here. Ask your teacher for a new link.";
			return;
		}
		// Kept for "Assigned to me" only once it can be done here.
		try {
			await this.#sources.learner.ensure();
			const id = this.#sources.learner.id;
			if (!id) throw new Error('No learner');
			await this.#sources.receive(id, a);
		} catch (error) {
			this.#warning = storageMessage('Your answers and result cannot be saved', error);
		}
	}

	/** Shows a stored attempt of this learner at this assignment, if it may be shown. */
	async resume(attemptId: string): Promise<void> {
		const attempt = await this.#sources.attempt(attemptId);
		const a = this.#assignment;
		const pack = this.#pack;
		const mine = attempt?.profileId === this.#sources.learner.id;
		if (!attempt || !mine || !pack || !a || attempt.assignmentId !== a.id) return;
		// An unfinished attempt of an earlier version is not resumed: the intro says so.
		if (attempt.finishedAt === null && !startedOn(attempt, a)) return;
		const own = questionsByIds(pack, attempt.questionIds);
		const [responses, store] = await Promise.all([
			this.#sources.responses(attemptId),
			this.#sources.store()
		]);
		this.#player = new Player(attempt, responses, own, store);
	}

	/**
	 * Starts (or resumes) the learner's attempt, first naming them if `newName` is given.
	 * Returns the attempt's id, or a message for the student when it cannot start.
	 */
	async start(newName: string | null): Promise<{ attemptId: string } | { message: string }> {
		const a = this.#assignment;
		const learnerId = this.#sources.learner.id;
		if (!a || !learnerId) return { message: 'This assignment cannot start.' };
		try {
			if (newName !== null) {
				await this.#sources.rename(learnerId, newName);
				await this.#sources.learner.reload();
			}
			const attempt = await this.#sources.startList({
				kind: `assignment:${a.id}`,
				title: a.title,
				mode: a.mode,
				questionIds: this.#questions.map((q) => q.id),
				assignmentId: a.id,
				assignmentVersion: quizVersion(a),
				resumable: (open: Attempt) => startedOn(open, a),
				shuffle: a.shuffle
			});
			await this.resume(attempt.id);
			return { attemptId: attempt.id };
		} catch (error) {
			return { message: storageMessage('The assignment could not start', error) };
		}
	}

	/** Practises the missed questions again; returns the new session's id. */
	async retry(ids: string[]): Promise<string> {
		const attempt = await this.#sources.startList({
			kind: 'retry',
			title: retryTitle(this.#assignment?.title ?? 'Assignment'),
			mode: 'practice',
			questionIds: ids,
			resume: false
		});
		return attempt.id;
	}
}
