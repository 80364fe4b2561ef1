import { describe, expect, it } from 'vitest';
import { createAttempt } from '$lib/quiz/attempt';
import { nextStep, type CourseOutline } from './next-step';

const outline: CourseOutline = {
	modules: [
		{
			id: 'm1',
			number: 1,
			title: 'One',
			lessons: [
				{ id: 'm1.l1', title: 'First' },
				{ id: 'm1.l2', title: 'Second' }
			]
		},
		{ id: 'm2', number: 2, title: 'Two', lessons: [{ id: 'm2.l1', title: 'Third' }] }
	]
};
const attempt = (over: { position?: number; assignmentId?: string | null } = {}) => ({
	...createAttempt({
		id: 'a',
		profileId: 'p',
		setId: 'm1.basics',
		title: 'Basics',
		mode: 'practice',
		seed: 1,
		questionIds: ['q1', 'q2'],
		shuffle: false,
		moduleId: 'm1',
		now: 0,
		assignmentId: over.assignmentId ?? null
	}),
	position: over.position ?? 1
});
const none = {
	unfinished: [],
	assignments: [],
	dueReviews: 0,
	lessonsRead: new Set<string>(),
	outline
};

describe('what Learn suggests first', () => {
	it('starts a new learner on the first lesson', () => {
		expect(nextStep(none)).toEqual({
			kind: 'lesson',
			moduleId: 'm1',
			moduleNumber: 1,
			lessonId: 'm1.l1',
			title: 'First'
		});
	});

	it('moves on to the next lesson not read, across modules', () => {
		expect(nextStep({ ...none, lessonsRead: new Set(['m1.l1', 'm1.l2']) })).toMatchObject({
			lessonId: 'm2.l1'
		});
	});

	it('puts finishing a started set before everything else', () => {
		const step = nextStep({
			...none,
			unfinished: [attempt()],
			assignments: [{ id: 'x', title: 'T', due: null, done: false }],
			dueReviews: 4
		});
		expect(step.kind).toBe('resume');
	});

	it('skips sets opened but not begun, and assignments, which resume from their own page', () => {
		expect(
			nextStep({ ...none, unfinished: [attempt({ position: 0 }), attempt({ assignmentId: 'x' })] })
				.kind
		).toBe('lesson');
	});

	it('then an assignment not done, then reviews that are due', () => {
		const assignments = [
			{ id: 'x', title: 'Week 3', due: '2026-12-01', done: true },
			{ id: 'y', title: 'Week 4', due: null, done: false }
		];
		expect(nextStep({ ...none, assignments, dueReviews: 2 })).toMatchObject({
			kind: 'assignment',
			assignment: { id: 'y' }
		});
		expect(nextStep({ ...none, dueReviews: 2 })).toEqual({ kind: 'review', due: 2 });
	});

	it('suggests the final test once every lesson is read', () => {
		expect(nextStep({ ...none, lessonsRead: new Set(['m1.l1', 'm1.l2', 'm2.l1']) })).toEqual({
			kind: 'final-test'
		});
	});
});
