import { resolve } from '$app/paths';
import { attemptHref, paths } from '$lib/paths';
import { count } from '$lib/text/count';
import type { NextStep } from './next-step';
import { localDay, longDay } from '$lib/text/dates';

/** What Learn's "Up next" box shows for a step: a link, or (for an assignment) a button. */
export interface StepView {
	kicker: string;
	title: string;
	detail: string;
	action: string;
	href: string | null;
}

const dueLabel = (due: string | null) => (due ? `Due ${longDay(localDay(due))}` : 'No due date');

export function stepView(step: NextStep, finalTestId: string): StepView {
	switch (step.kind) {
		case 'resume':
			return {
				kicker: 'Continue',
				title: step.attempt.title,
				detail: `Question ${step.attempt.position + 1} of ${step.attempt.queue.length}`,
				action: 'Resume',
				href: attemptHref(step.attempt)
			};
		case 'assignment':
			return {
				kicker: 'Assigned to you',
				title: step.assignment.title,
				detail: dueLabel(step.assignment.due),
				action: 'Open',
				href: null
			};
		case 'review':
			return {
				kicker: 'Keep it fresh',
				title: `${step.due} ${step.due === 1 ? 'question' : 'questions'} to review today`,
				detail: 'A short review now keeps them in memory.',
				action: 'Review',
				href: resolve('/review/')
			};
		case 'lesson':
			return {
				kicker: `Up next · Module ${step.moduleNumber}`,
				title: step.title,
				detail: 'A short lesson, then practise it.',
				action: 'Read',
				href: paths.lesson(step.moduleId, step.lessonId)
			};
		case 'practice':
			return {
				kicker: `Up next · Module ${step.moduleNumber}`,
				title: `Practise: ${step.set.title} (${count(step.set.count, 'question')})`,
				detail: 'Questions on the lessons you read.',
				action: 'Start',
				href: paths.quiz(step.set.id, 'practice')
			};
		default:
			return {
				kicker: 'All lessons read',
				title: 'Take the final test',
				detail: 'Twenty questions from every module.',
				action: 'Start',
				href: paths.quiz(finalTestId, 'test')
			};
	}
}
