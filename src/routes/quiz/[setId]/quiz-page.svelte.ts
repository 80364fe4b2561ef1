// A question set's page: it opens the learner's attempt at the set in the mode the address asks
// for (resuming one in progress, or the finished one a results link names), and starts a retry
// of the missed questions. The page keeps the markup and the address; the session comes from
// `open` (and on a first visit from `first`), so a test can give its own.
import { load } from '$lib/db/load';
import { hasStoredData } from '$lib/db/presence';
import { storedHint } from '$lib/db/name';
import { firstVisitSession, startSession } from '$lib/db/session-start';
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
 * `session-start` is light (it loads the database itself when there is one), so the page
 * imports it with its code, not from `$lib/db/load`. It starts in a task after the page's
 * hydration, which stays short, and where the database loads, its preload links are added
 * there too.
 */
async function openInApp(req: SessionRequest): Promise<Session> {
	await yieldToBrowser();
	// A results link: the database code and what the results screen reads of the pack are
	// requested at once, side by side, not one after the other.
	if (req.attemptId) {
		void load.sessions();
		void load.growth().then((m) => m.prepareGrowth());
	}
	return startSession(req);
}

/**
 * A practice where the browser holds nothing, opened at once, in the order the prerendered page
 * shows; null where something may be stored (then `open` looks).
 */
function firstInApp(req: SessionRequest): Session | null {
	return req.mode === 'practice' && !storedHint() ? firstVisitSession(req) : null;
}

export interface FirstVisit {
	/** The session a browser holding nothing starts with at once, or null to ask `open`. */
	first: (req: SessionRequest) => Session | null;
	/** Whether the browser holds data after all (the hint may be lost). */
	stored: () => Promise<boolean>;
}

export class QuizPage {
	#player = $state<Player | null>(null);
	/** The player opened at once on a browser that held nothing (see `start`). */
	#first = $state<Player | null>(null);
	#failed = $state(false);
	/** Guards against a second start while one is opening. */
	#starting = false;
	#set: QuizSet;
	#questions: ConstructorParameters<typeof Player>[2];
	#open: (req: SessionRequest) => Promise<Session>;
	#firstVisit: FirstVisit;

	constructor(
		set: QuizSet,
		questions: ConstructorParameters<typeof Player>[2],
		open: (req: SessionRequest) => Promise<Session> = openInApp,
		firstVisit: FirstVisit = { first: firstInApp, stored: hasStoredData }
	) {
		this.#set = set;
		this.#questions = questions;
		this.#open = open;
		this.#firstVisit = firstVisit;
	}

	/**
	 * What a practice shows on a browser that holds nothing: the prerendered page carries it,
	 * shown before any script runs when the address asks for a practice (see the page).
	 */
	preview(): Player | null {
		const s = this.#firstVisit.first(this.#request('practice', this.#set.questionIds, false, null));
		return s ? this.#play(s) : null;
	}

	get player(): Player | null {
		return this.#player;
	}
	/** The player, while it is the one a browser holding nothing opened at once. */
	get first(): Player | null {
		return this.#player !== null && this.#player === this.#first ? this.#player : null;
	}
	/** True when the quiz could not start: the page asks for a reload. */
	get failed(): boolean {
		return this.#failed;
	}

	/**
	 * Opens the set in `mode`, once: `attemptId` names one to reopen (a results link). A
	 * practice on a browser that holds nothing opens before this returns, with no wait.
	 */
	async start(mode: Mode, attemptId: string | null = null): Promise<void> {
		if (this.#player || this.#starting) return;
		const req = this.#request(mode, this.#set.questionIds, false, attemptId);
		const first = attemptId ? null : this.#firstVisit.first(req);
		if (!first) return this.#start(req);
		const player = (this.#player = this.#first = this.#play(first));
		// The hint can be lost while the database stays: then what it holds opens instead, as
		// long as nothing has been answered here.
		this.#starting = true;
		const stored = await this.#firstVisit.stored().catch(() => false);
		this.#starting = false;
		if (stored && this.#player === player && player.responses.length === 0) {
			this.#player = null;
			await this.#start(req);
		}
	}

	/** Practises the missed questions again, as a new attempt that says so in its title. */
	async retry(questionIds: string[]): Promise<void> {
		this.#player = null;
		await this.#start(this.#request('practice', questionIds, true, null));
	}

	#request(mode: Mode, questionIds: string[], fresh: boolean, attemptId: string | null) {
		return {
			setId: this.#set.id,
			title: fresh ? retryTitle(this.#set.title) : this.#set.title,
			mode,
			questionIds,
			moduleId: this.#set.moduleId,
			fresh,
			attemptId
		} satisfies SessionRequest;
	}

	#play(s: Session): Player {
		return new Player(s.attempt, s.responses, this.#questions, s.store);
	}

	async #start(req: SessionRequest) {
		this.#starting = true;
		try {
			this.#player = this.#play(await this.#open(req));
			this.#failed = false;
		} catch {
			this.#failed = true;
		} finally {
			this.#starting = false;
		}
	}
}
