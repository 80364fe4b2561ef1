import { describe, expect, it } from 'vitest';
import { createAttempt } from '$lib/quiz/attempt';
import { stepView } from './step-view';

const attempt = {
	...createAttempt({
		id: 'a1',
		profileId: 'p',
		setId: 'the-ban.basics',
		title: 'The ban: basics',
		mode: 'practice',
		seed: 1,
		questionIds: ['q1', 'q2', 'q3'],
		shuffle: false,
		moduleId: 'the-ban',
		now: 0,
		assignmentId: null
	}),
	position: 1
};

describe('stepView', () => {
	it('resumes a set at the question the learner reached', () => {
		const view = stepView({ kind: 'resume', attempt }, 'final-test');
		expect(view).toMatchObject({
			kicker: 'Continue',
			title: 'The ban: basics',
			detail: 'Question 2 of 3',
			action: 'Resume',
			href: '/quiz/the-ban.basics/?mode=practice'
		});
	});

	it('opens an assignment with a button, not a link, and names its due date', () => {
		const due = stepView(
			{
				kind: 'assignment',
				assignment: { id: 'x', title: 'Homework', due: '2026-12-01', done: false }
			},
			'final-test'
		);
		expect(due.href).toBeNull();
		expect(due.detail).toMatch(/^Due .*1/);
		const open = stepView(
			{ kind: 'assignment', assignment: { id: 'x', title: 'Homework', due: null, done: false } },
			'final-test'
		);
		expect(open.detail).toBe('No due date');
	});

	it('counts reviews in words that agree with the number', () => {
		expect(stepView({ kind: 'review', due: 1 }, 'f').title).toBe('1 question to review today');
		expect(stepView({ kind: 'review', due: 7 }, 'f').title).toBe('7 questions to review today');
		expect(stepView({ kind: 'review', due: 7 }, 'f').href).toBe('/review/');
	});

	it('links the next lesson, and the final test once every lesson is read', () => {
		const lesson = stepView(
			{
				kind: 'lesson',
				moduleId: 'the-ban',
				moduleNumber: 1,
				lessonId: 'the-ban.l1',
				title: 'Who'
			},
			'final-test'
		);
		expect(lesson).toMatchObject({
			kicker: 'Up next · Module 1',
			href: '/module/the-ban/the-ban.l1/'
		});
		expect(stepView({ kind: 'final-test' }, 'final-test').href).toBe('/quiz/final-test/?mode=test');
	});

	it("opens a module's practice set in practice mode, named with its size", () => {
		const view = stepView(
			{
				kind: 'practice',
				moduleNumber: 1,
				set: { id: 'the-ban.basics', title: 'Basics', count: 9 }
			},
			'final-test'
		);
		expect(view).toEqual({
			kicker: 'Up next · Module 1',
			title: 'Practise: Basics (9 questions)',
			detail: 'Questions on the lessons you read.',
			action: 'Start',
			href: '/quiz/the-ban.basics/?mode=practice'
		});
		const one = { id: 's', title: 'Quick', count: 1 };
		expect(stepView({ kind: 'practice', moduleNumber: 2, set: one }, 'f').title).toBe(
			'Practise: Quick (1 question)'
		);
	});
});
