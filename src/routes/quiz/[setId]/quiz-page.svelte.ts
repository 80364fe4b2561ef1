// A question set's page: it opens the learner's attempt at the set in the mode the address asks
// for (resuming one in progress, or the finished one a results link names), and starts a retry
// of the missed questions. The page keeps the markup and the address; the session comes from
// `open`, so a test can give its own.
import type { Mode } from '$lib/quiz/attempt';
import { Player } from '$lib/quiz/player.svelte';
import { yieldToBrowser } from '$lib/schedule';
import { retryTitle, type Session, type SessionRequest } from '$lib/quiz/session';

export interface QuizSet {
	id: string;
	title: string;
	moduleId: string | null;
	questionIds: string[];
}

/**
 * Opens a session as the app does: from memory on a first visit, else from the database.
 * `session-start` is light (it loads the database itself when there is one), so it is not
 * in `$lib/db/load`. It starts in a task after the page's hydration, which stays short.
 */
async function openInApp(req: SessionRequest): Promise<Session> {
	await yieldToBrowser();
	const { startSession } = await import('$lib/db/session-start');
	return startSession(req);
}

export class QuizPage {
	#player = $state<Player | null>(null);
	#failed = $state(false);
	/** Guards against a second start while one is opening. */
	#starting = false;
	#set: QuizSet;
	#questions: ConstructorParameters<typeof Player>[2];
	#open: (req: SessionRequest) => Promise<Session>;

	constructor(
		set: QuizSet,
		questions: ConstructorParameters<typeof Player>[2],
		open: (req: SessionRequest) => Promise<Session> = openInApp
	) {
		this.#set = set;
		this.#questions = questions;
		this.#open = open;
	}

	get player(): Player | null {
		return this.#player;
	}
	/** True when the quiz could not start: the page asks for a reload. */
	get failed(): boolean {
		return this.#failed;
	}

	/** Opens the set in `mode`, once: `attemptId` names one to reopen (a results link). */
	async start(mode: Mode, attemptId: string | null = null): Promise<void> {
		if (this.#player || this.#starting) return;
		await this.#start({ mode, questionIds: this.#set.questionIds, fresh: false, attemptId });
	}

	/** Practises the missed questions again, as a new attempt that says so in its title. */
	async retry(questionIds: string[]): Promise<void> {
		this.#player = null;
		await this.#start({ mode: 'practice', questionIds, fresh: true, attemptId: null });
	}

	async #start(p: { mode: Mode; questionIds: string[]; fresh: boolean; attemptId: string | null }) {
		this.#starting = true;
		try {
			const s = await this.#open({
				setId: this.#set.id,
				title: p.fresh ? retryTitle(this.#set.title) : this.#set.title,
				mode: p.mode,
				questionIds: p.questionIds,
				moduleId: this.#set.moduleId,
				fresh: p.fresh,
				attemptId: p.attemptId
			});
			this.#player = new Player(s.attempt, s.responses, this.#questions, s.store);
			this.#failed = false;
		} catch {
			this.#failed = true;
		} finally {
			this.#starting = false;
		}
	}
}
