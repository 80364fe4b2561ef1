// The session page's state: it opens any stored attempt by id (a review, "practise these", a
// retry of missed questions) for this device's learner, and starts a retry. The page keeps only
// the markup; what it reads and writes comes in as `SessionSources`, so a test can give its own.
import { objectiveLabels } from '$lib/content/objectives';
import { load } from '$lib/db/load';
import type { Pack, PackMeta } from '$lib/content/schema';
import type * as QueryModule from '$lib/content/queries';
import type { Attempt, Response } from '$lib/quiz/attempt';
import { Player } from '$lib/quiz/player.svelte';
import { retryTitle } from '$lib/quiz/session';
import type { Question } from '$lib/content/schema';
import type { QuizStore } from '$lib/quiz/store';

type Queries = typeof QueryModule;

export interface SessionSources {
	/**
	 * The article's typos, the objectives' labels, and the questions of some ids: of the pack
	 * Chipwise comes with, or of a pack on this device (`packId`).
	 */
	content(packId: string | null): Promise<{
		/** The pack's title when the questions come from one pack on this device. */
		title?: string;
		sic: PackMeta['sic'];
		objectives: Record<string, string>;
		questions: (ids: readonly string[]) => Question[];
	}>;
	attempt(id: string): Promise<Attempt | undefined>;
	responses(attemptId: string): Promise<Response[]>;
	learnerId(): Promise<string>;
	store(): QuizStore;
	/** Starts a practice session of `ids` under `title`, never resuming another. */
	startRetry(title: string, ids: string[], packId: string | null): Promise<Attempt>;
}

/** The app's sources, loaded when the page opens a session (the database is not in its first load). */
export async function appSources(): Promise<SessionSources> {
	const [content, queries, attempts, quizStore, profiles, sessions] = await Promise.all([
		import('$lib/content/client'),
		import('$lib/content/queries'),
		load.attempts(),
		load.quizStore(),
		load.profiles(),
		load.sessions()
	]);
	return {
		content: async (packId) => {
			if (packId) {
				const pack = await storedPackContent(packId);
				return { ...packContent([pack], queries), title: pack.title };
			}
			// A review or retry may hold questions of any pack on this device.
			const [builtIn, others] = await Promise.all([
				content.fetchPack(),
				load.packReads().then((m) => m.storedPacks())
			]);
			return packContent([builtIn, ...others.map((row) => row.pack)], queries);
		},
		attempt: (id) => attempts.getAttempt(id),
		responses: (id) => attempts.attemptResponses(id),
		learnerId: async () => (await profiles.activeProfile()).id,
		store: () => quizStore.dbQuizStore(),
		startRetry: (title, ids, packId) =>
			sessions.startListSession({
				kind: 'retry',
				title,
				mode: 'practice',
				questionIds: ids,
				resume: false,
				...(packId ? { packId } : {})
			})
	};
}

/** What the player needs from some packs: questions found in whichever has them. */
function packContent(packs: Pack[], queries: Queries) {
	return {
		sic: packs.flatMap((p) => p.sic),
		objectives: Object.assign({}, ...packs.map(objectiveLabels)) as Record<string, string>,
		questions: (ids: readonly string[]) => {
			const found = new Map(
				packs.flatMap((p) => queries.questionsByIds(p, ids)).map((q) => [q.id, q])
			);
			return ids.flatMap((id) => found.get(id) ?? []);
		}
	};
}

async function storedPackContent(packId: string) {
	const row = await (await load.packReads()).storedPack(packId);
	if (!row) throw new Error('The pack these questions come from is no longer on this device.');
	return row.pack;
}

export class SessionPage {
	#player = $state<Player | null>(null);
	#sic = $state<PackMeta['sic']>([]);
	#objectives = $state<Record<string, string>>({});
	#packTitle = $state<string | null>(null);
	#problem = $state('');
	#theirs = $state(false);
	#opened: string | null = null;
	#sources: () => Promise<SessionSources>;

	constructor(sources: () => Promise<SessionSources> = appSources) {
		this.#sources = sources;
	}

	get player(): Player | null {
		return this.#player;
	}
	get sic(): PackMeta['sic'] {
		return this.#sic;
	}
	get objectives(): Record<string, string> {
		return this.#objectives;
	}
	/** The title of the pack on this device that the session's questions come from, if any. */
	get packTitle(): string | null {
		return this.#packTitle;
	}
	/** What stops the session from opening, in words for the learner; '' when nothing does. */
	get problem(): string {
		return this.#problem;
	}
	/** True when the session is another learner's on this device. */
	get theirs(): boolean {
		return this.#theirs;
	}

	/** Opens the attempt the address names, once per id; `null` when it names none. */
	async open(id: string | null): Promise<void> {
		if (!id) {
			this.#opened = null;
			this.#problem = 'No session was named in this link.';
			return;
		}
		if (id === this.#opened) return;
		this.#opened = id;
		this.#player = null;
		this.#theirs = false;
		try {
			const sources = await this.#sources();
			const [attempt, learnerId] = await Promise.all([sources.attempt(id), sources.learnerId()]);
			if (id !== this.#opened) return;
			if (!attempt) {
				this.#problem = 'This session is not on this device (it may have been deleted).';
				return;
			}
			const content = await sources.content(attempt.packId ?? null);
			if (id !== this.#opened) return;
			if (attempt.profileId !== learnerId) {
				this.#theirs = true;
				this.#problem =
					'This session belongs to another learner on this device. Switch learner in Settings to open it.';
				return;
			}
			const responses = await sources.responses(id);
			this.#sic = content.sic;
			this.#objectives = content.objectives;
			this.#packTitle = content.title ?? null;
			const questions = content.questions(attempt.questionIds);
			this.#player = new Player(attempt, responses, questions, sources.store());
			this.#problem = '';
		} catch (error) {
			this.#problem = error instanceof Error ? error.message : 'This session could not be opened.';
		}
	}

	/** Starts practising the questions missed here; returns the new session's id. */
	async retry(ids: string[]): Promise<string> {
		const sources = await this.#sources();
		const attempt = await sources.startRetry(
			retryTitle(this.#player?.attempt.title ?? 'Practice'),
			ids,
			this.#player?.attempt.packId ?? null
		);
		return attempt.id;
	}
}
