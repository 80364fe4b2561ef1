import type { Question } from '$lib/content/schema';
import type { Growth } from '$lib/progress/growth';
import { emptyAnswer, isAnswered, type Answer } from './answer';
import {
	queueAfterCheck,
	responseId,
	roundAt,
	summarize,
	withoutUnknown,
	type Attempt,
	type Draft,
	type Response
} from './attempt';
import { displayOrder } from './order';
import { scoreAnswer } from './scoring';
import type { QuizStore, Stored } from './store';

const SAVE_FAILED =
	'Your last answer could not be saved on this device. You can go on; it may be lost if you close the app.';

/**
 * A quiz in progress: the state the player shows and every step a learner takes. Each step
 * is saved as it happens, so a reload resumes at the same question with the same answers.
 */
export class Player {
	#attempt = $state() as Attempt;
	#responses = $state<Response[]>([]);
	#saveError = $state<string | null>(null);
	#questions: Map<string, Question>;
	#store: QuizStore;
	#now: () => number;
	#shownAt: number;
	/** Whether the attempt was already finished when opened (a results link, a reload). */
	#openedFinished: boolean;

	constructor(
		attempt: Attempt,
		responses: Response[],
		questions: readonly Question[],
		store: QuizStore,
		now: () => number = Date.now
	) {
		// Built once and never changed, so it needs no reactivity.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#questions = new Map(questions.map((q) => [q.id, q]));
		this.#store = store;
		this.#now = now;
		this.#shownAt = now();
		// Questions the lessons no longer have are left out, and an unfinished attempt keeps
		// that, so its position and queue stay true to what is shown.
		const kept = withoutUnknown(attempt, (id) => this.#questions.has(id));
		this.#attempt = kept;
		this.#openedFinished = kept.finishedAt !== null;
		this.#responses = responses.filter((r) => this.#questions.has(r.questionId));
		if (kept !== attempt && kept.finishedAt === null && kept.questionIds.length) {
			void this.#persist(store.save($state.snapshot(kept) as Attempt));
		}
	}

	/** The attempt as saved: its questions, order, position and finish. */
	get attempt(): Attempt {
		return this.#attempt;
	}
	/** The learner's answers so far, one per question answered. */
	get responses(): Response[] {
		return this.#responses;
	}
	/** Set when the last step could not be saved; the quiz goes on. */
	get saveError(): string | null {
		return this.#saveError;
	}

	/** Questions of this set the lessons no longer have, left out of it and of its score. */
	get leftOut(): string[] {
		return this.#attempt.leftOut ?? [];
	}
	/** True when none of its questions is left: there is nothing to show. */
	get empty(): boolean {
		return this.#attempt.questionIds.length === 0;
	}

	get mode() {
		return this.#attempt.mode;
	}
	get finished(): boolean {
		return this.#attempt.finishedAt !== null;
	}
	/** Finished by the learner here and now, not opened finished: the moment to celebrate. */
	get finishedJustNow(): boolean {
		return this.finished && !this.#openedFinished;
	}
	get position(): number {
		return this.#attempt.position;
	}
	get length(): number {
		return this.#attempt.queue.length;
	}
	get round(): number {
		return roundAt(this.#attempt, this.position);
	}
	/**
	 * Where the learner is, as shown: "3 of 9" on the first pass, whatever was missed so far;
	 * then the missed questions as a second-chance round of their own ("1 of 3").
	 */
	get step(): { secondChance: boolean; index: number; total: number } {
		const first = this.#attempt.questionIds.length;
		if (this.position < first)
			return { secondChance: false, index: this.position + 1, total: first };
		return { secondChance: true, index: this.position - first + 1, total: this.length - first };
	}
	get question(): Question {
		return this.questionAt(this.position);
	}
	questionAt(position: number): Question {
		const id = this.#attempt.queue[position] ?? this.#attempt.queue[0] ?? '';
		const q = this.#questions.get(id);
		if (!q) throw new Error(`Question ${id} is not in this quiz`);
		return q;
	}
	get questions(): Question[] {
		return this.#attempt.questionIds.flatMap((id) => this.#questions.get(id) ?? []);
	}

	order(q: Question): string[] {
		return displayOrder(q, this.#attempt.seed, this.#attempt.shuffle);
	}

	draftFor(q: Question): Draft {
		return this.#attempt.drafts[q.id] ?? { answer: emptyAnswer(q, this.order(q)), hintUsed: false };
	}

	/** The checked response to the current question in this round, while its feedback shows. */
	get feedback(): Response | null {
		const id = this.question.id;
		const round = this.round;
		return this.#responses.find((r) => r.questionId === id && r.round === round) ?? null;
	}

	responseFor(questionId: string): Response | undefined {
		return this.#responses.find((r) => r.questionId === questionId && r.round === 0);
	}

	async #persist<T>(work: Promise<T>): Promise<T | null> {
		try {
			const done = await work;
			this.#saveError = null;
			return done;
		} catch {
			this.#saveError = SAVE_FAILED;
			return null;
		}
	}

	/** What the store holds wins: another tab may have checked or submitted first. */
	#adopt(stored: Stored | null) {
		if (!stored) return;
		const has = (id: string) => this.#questions.has(id);
		this.#attempt.queue = stored.attempt.queue.filter(has);
		this.#attempt.finishedAt = stored.attempt.finishedAt;
		this.#responses = stored.responses.filter((r) => has(r.questionId));
	}

	#elapsed(): number {
		const now = this.#now();
		const spent = now - this.#shownAt;
		this.#shownAt = now;
		return Math.max(0, spent);
	}

	setAnswer(answer: Answer): Promise<void> {
		return this.#setDraft({ ...this.draftFor(this.question), answer, touched: true });
	}

	/**
	 * Whether the learner has answered a question of a test: a draft they gave, not one that
	 * only keeps the time of a visit, nor an ordering left as it was dealt.
	 */
	answered(q: Question): boolean {
		const draft = this.#attempt.drafts[q.id];
		if (!draft) return false;
		return draft.touched ?? isAnswered(q, draft.answer);
	}

	useHint(): Promise<void> {
		const q = this.question;
		return this.#setDraft({ ...this.draftFor(q), hintUsed: true, touched: this.answered(q) });
	}

	async #setDraft(draft: Draft): Promise<void> {
		const id = this.question.id;
		this.#attempt.drafts = { ...this.#attempt.drafts, [id]: draft };
		await this.#persist(
			this.#store.saveDraft(this.#attempt.id, id, $state.snapshot(draft) as Draft)
		);
	}

	#response(q: Question, draft: Draft, round: number, timeMs: number): Response {
		const score = scoreAnswer(q, draft.answer, { hintUsed: draft.hintUsed });
		return {
			id: responseId(this.#attempt.id, q.id, round),
			attemptId: this.#attempt.id,
			profileId: this.#attempt.profileId,
			questionId: q.id,
			round,
			answer: $state.snapshot(draft.answer) as Answer,
			credit: score.credit,
			correct: score.correct,
			hintUsed: draft.hintUsed,
			timeMs,
			answeredAt: this.#now()
		};
	}

	/** Practice and review: score the current answer and show its feedback. */
	async check(): Promise<Response> {
		const q = this.question;
		const response = this.#response(q, this.draftFor(q), this.round, this.#elapsed());
		// Shown at once; then what the store kept replaces it (another tab may have checked first).
		this.#attempt.queue = queueAfterCheck(this.#attempt, q.id, response);
		this.#responses = [...this.#responses.filter((r) => r.id !== response.id), response];
		const drafts = { ...this.#attempt.drafts };
		delete drafts[q.id];
		this.#attempt.drafts = drafts;
		this.#adopt(await this.#persist(this.#store.record(response)));
		return this.#responses.find((r) => r.id === response.id) ?? response;
	}

	/** Moves on; past the last question the attempt is finished. */
	async next(): Promise<void> {
		if (this.position + 1 < this.length) return this.goTo(this.position + 1);
		const now = this.#now();
		// Results show once the finish is written, so leaving the page then loses nothing.
		await this.#persist(this.#store.finish(this.#attempt.id, now));
		this.#attempt.finishedAt ??= now;
	}

	/** Test mode moves freely between questions; time on each is kept with its draft. */
	async goTo(position: number): Promise<void> {
		if (position < 0 || position >= this.length) return;
		if (this.mode === 'test') {
			const q = this.question;
			const draft = this.draftFor(q);
			const touched = this.answered(q);
			await this.#setDraft({ ...draft, touched, timeMs: (draft.timeMs ?? 0) + this.#elapsed() });
		} else {
			this.#shownAt = this.#now();
		}
		// Saved before it is shown: what the learner sees is where a reload resumes.
		await this.#persist(this.#store.move(this.#attempt.id, position));
		this.#attempt.position = position;
	}

	get unanswered(): number {
		return this.questions.filter((q) => !this.answered(q)).length;
	}

	/** Test mode: score every question at once and finish. */
	async submit(): Promise<void> {
		const current = this.question;
		const extra = this.#elapsed();
		const now = this.#now();
		const responses = this.questions.map((q) => {
			const draft = this.draftFor(q);
			const time = (draft.timeMs ?? 0) + (q.id === current.id ? extra : 0);
			return this.#response(q, draft, 0, time);
		});
		// The score shows once the submission is written, so leaving the page then loses nothing.
		const stored = await this.#persist(this.#store.submit(this.#attempt.id, responses, now));
		this.#responses = responses;
		this.#attempt.drafts = {};
		this.#attempt.finishedAt = now;
		this.#adopt(stored);
	}

	/** What the finished attempt grew (levels, the streak), or null where nothing is kept. */
	async growth(): Promise<Growth | null> {
		return (await this.#store.growth?.($state.snapshot(this.#attempt) as Attempt)) ?? null;
	}

	get summary() {
		return summarize(this.#attempt, this.#responses, this.questions);
	}
}
