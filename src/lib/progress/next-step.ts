import type { Attempt } from '$lib/quiz/attempt';

export interface CourseOutline {
	modules: {
		id: string;
		number: number;
		title: string;
		lessons: { id: string; title: string }[];
	}[];
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
	| { kind: 'final-test' };

/**
 * The one thing Learn suggests first, in this order: finish what was started, then what a
 * teacher assigned, then what is due for review, then the next lesson not read yet; with
 * everything read, the final test.
 */
export function nextStep(input: {
	unfinished: readonly Attempt[];
	assignments: readonly AssignmentToDo[];
	dueReviews: number;
	lessonsRead: ReadonlySet<string>;
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
	}
	return { kind: 'final-test' };
}
