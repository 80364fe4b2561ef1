import type { Attempt } from '$lib/quiz/attempt';

export interface CourseOutline {
	modules: {
		id: string;
		number: number;
		title: string;
		lessons: { id: string; title: string }[];
		/** The set to practise once every lesson is read (the module's first, "Basics"). */
		practice: PracticeSet | null;
	}[];
}

export interface PracticeSet {
	id: string;
	title: string;
	count: number;
}

export interface AssignmentToDo {
	id: string;
	title: string;
	due: string | null;
	done: boolean;
}

export type NextStep =
	| { kind: 'resume'; attempt: Attempt }
	| { kind: 'assignment'; assignment: AssignmentToDo }
	| { kind: 'review'; due: number }
	| { kind: 'lesson'; moduleId: string; moduleNumber: number; lessonId: string; title: string }
	| { kind: 'practice'; moduleNumber: number; set: PracticeSet }
	| { kind: 'final-test' };

/**
 * The one thing Learn suggests first, in this order: finish what was started, then what a
 * teacher assigned, then what is due for review, then the path through the modules: each
 * module's lessons, then its practice set until one sitting of it is finished; at the end of
 * the path, the final test.
 */
export function nextStep(input: {
	unfinished: readonly Attempt[];
	assignments: readonly AssignmentToDo[];
	dueReviews: number;
	lessonsRead: ReadonlySet<string>;
	/** Sets with at least one finished sitting, in any mode. */
	setsFinished: ReadonlySet<string>;
	outline: CourseOutline;
}): NextStep {
	const started = input.unfinished.find((a) => !a.assignmentId && a.position > 0);
	if (started) return { kind: 'resume', attempt: started };
	const assigned = input.assignments.find((a) => !a.done);
	if (assigned) return { kind: 'assignment', assignment: assigned };
	if (input.dueReviews > 0) return { kind: 'review', due: input.dueReviews };
	for (const m of input.outline.modules) {
		const lesson = m.lessons.find((l) => !input.lessonsRead.has(l.id));
		if (lesson)
			return {
				kind: 'lesson',
				moduleId: m.id,
				moduleNumber: m.number,
				lessonId: lesson.id,
				title: lesson.title
			};
		if (m.practice && !input.setsFinished.has(m.practice.id))
			return { kind: 'practice', moduleNumber: m.number, set: m.practice };
	}
	return { kind: 'final-test' };
}
