// What Learn shows from this learner's own data: the next step, lessons read per module, sets
// in progress and assignments. The page loads this module after it is interactive, together
// with the database it reads, so a first visit downloads none of it before the page works.
import { Live } from '$lib/db/live.svelte';
import { currentProfile } from '$lib/db/profile.svelte';
import {
	finishedAttemptsBy,
	lessonsReadBy,
	reviewSummaryBy,
	unfinishedAttemptsBy
} from '$lib/db/reads';
import { assignedTo, type AssignedItem } from '$lib/db/teach-reads';
import { endOfLocalDay } from '$lib/progress/local-day';
import { nextStep, type CourseOutline } from '$lib/progress/next-step';
import { stepView } from '$lib/progress/step-view';

// The island's two components travel in this module's chunk: one request after first paint.
// eslint-disable-next-line no-restricted-syntax -- the island's entry, not a second home
export { default as ResumeCard } from './ResumeCard.svelte';
// eslint-disable-next-line no-restricted-syntax -- as above
export { default as AssignedToMe } from './AssignedToMe.svelte';

/** Create inside an effect root or a component: its queries live as long as that owner. */
export class LearnerHome {
	#read = new Live(() => currentProfile.read(lessonsReadBy), []);
	#unfinished = new Live(() => currentProfile.read(unfinishedAttemptsBy), []);
	#finished = new Live(() => currentProfile.read(finishedAttemptsBy), []);
	#assigned = new Live(() => currentProfile.read((id) => assignedTo(id)), [] as AssignedItem[]);
	#reviews = new Live(
		() => currentProfile.read((id) => reviewSummaryBy(id, endOfLocalDay(Date.now()), this.#known)),
		{ due: [], total: 0, nextDue: null }
	);
	#outline: CourseOutline;
	#finalTestId: string;
	#known: ReadonlySet<string>;

	/** `questionIds`: the pack's questions, the only ones Review may bring back. */
	constructor(outline: CourseOutline, finalTestId: string, questionIds: readonly string[]) {
		this.#outline = outline;
		this.#finalTestId = finalTestId;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read-only, never changed
		this.#known = new Set(questionIds);
	}

	readonly step = $derived.by(() =>
		nextStep({
			unfinished: this.#unfinished.current,
			assignments: this.#assigned.current.map(({ row, attempts }) => ({
				id: row.id,
				title: row.assignment.title,
				due: row.assignment.due,
				done: attempts.some((a) => a.attempt.finishedAt !== null)
			})),
			dueReviews: this.#reviews.current.due.length,
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read-only, made afresh each time
			lessonsRead: new Set(this.#read.current.map((r) => r.lessonId)),
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- as above
			setsFinished: new Set(this.#finished.current.flatMap((a) => (a.setId ? [a.setId] : []))),
			outline: this.#outline
		})
	);
	readonly view = $derived.by(() => stepView(this.step, this.#finalTestId));

	/** The assignment the next step opens, when it is one. */
	readonly stepAssignment = $derived.by(() => {
		const step = this.step;
		return step.kind === 'assignment'
			? this.#assigned.current.find((a) => a.row.id === step.assignment.id)?.row.assignment
			: undefined;
	});

	readonly lessonsDoneByModule = $derived(
		this.#read.current.reduce<Record<string, number>>((acc, row) => {
			acc[row.moduleId] = (acc[row.moduleId] ?? 0) + 1;
			return acc;
		}, {})
	);

	/** Sets in progress, less the one the next step already offers to resume. */
	readonly otherUnfinished = $derived(
		this.#unfinished.current.filter(
			(a) => this.step.kind !== 'resume' || a.id !== this.step.attempt.id
		)
	);

	readonly assigned = $derived(this.#assigned.current);
}
