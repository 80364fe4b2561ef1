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
			],
			practice: { id: 'm1.basics', title: 'Basics', count: 9 }
		},
		{
			id: 'm2',
			number: 2,
			title: 'Two',
			lessons: [{ id: 'm2.l1', title: 'Third' }],
			practice: { id: 'm2.basics', title: 'Basics', count: 6 }
		}
	]
};
const allLessons = new Set(['m1.l1', 'm1.l2', 'm2.l1']);
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
	setsFinished: new Set<string>(),
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

	it('moves on to the next lesson not read within a module', () => {
		expect(nextStep({ ...none, lessonsRead: new Set(['m1.l1']) })).toMatchObject({
			kind: 'lesson',
			lessonId: 'm1.l2'
		});
	});

	it("after a module's last lesson, practises its first set before the next module", () => {
		expect(nextStep({ ...none, lessonsRead: new Set(['m1.l1', 'm1.l2']) })).toEqual({
			kind: 'practice',
			moduleNumber: 1,
			set: { id: 'm1.basics', title: 'Basics', count: 9 }
		});
	});

	it('moves on to the next module once one sitting of that set is finished, in any mode', () => {
		expect(
			nextStep({
				...none,
				lessonsRead: new Set(['m1.l1', 'm1.l2']),
				setsFinished: new Set(['m1.basics'])
			})
		).toMatchObject({ kind: 'lesson', lessonId: 'm2.l1' });
	});

	it('does not count another set of the module, or a set begun but not finished', () => {
		const lessonsRead = new Set(['m1.l1', 'm1.l2']);
		expect(
			nextStep({ ...none, lessonsRead, setsFinished: new Set(['m1.deeper', 'm2.basics']) })
		).toMatchObject({ kind: 'practice', set: { id: 'm1.basics' } });
		expect(
			nextStep({ ...none, lessonsRead, unfinished: [attempt({ position: 0 })] })
		).toMatchObject({ kind: 'practice', set: { id: 'm1.basics' } });
	});

	it('goes back for a practice skipped earlier on the path before anything further', () => {
		expect(
			nextStep({ ...none, lessonsRead: allLessons, setsFinished: new Set(['m2.basics']) })
		).toMatchObject({ kind: 'practice', moduleNumber: 1 });
	});

	it('goes straight on from a module with no set to practise', () => {
		const noSet = {
			modules: outline.modules.map((m) => (m.id === 'm1' ? { ...m, practice: null } : m))
		};
		expect(
			nextStep({ ...none, outline: noSet, lessonsRead: new Set(['m1.l1', 'm1.l2']) })
		).toMatchObject({ kind: 'lesson', lessonId: 'm2.l1' });
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

	it('keeps a started set, assignments and reviews ahead of the practice after the lessons', () => {
		const lessonsRead = new Set(['m1.l1', 'm1.l2']);
		expect(nextStep({ ...none, lessonsRead, unfinished: [attempt()] }).kind).toBe('resume');
		const assignments = [{ id: 'y', title: 'Week 4', due: null, done: false }];
		expect(nextStep({ ...none, lessonsRead, assignments }).kind).toBe('assignment');
		expect(nextStep({ ...none, lessonsRead, dueReviews: 1 }).kind).toBe('review');
	});

	it('suggests the final test once every lesson is read and every module practised', () => {
		expect(
			nextStep({
				...none,
				lessonsRead: allLessons,
				setsFinished: new Set(['m1.basics', 'm2.basics'])
			})
		).toEqual({ kind: 'final-test' });
	});
});
