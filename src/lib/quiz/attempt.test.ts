import { describe, expect, it } from 'vitest';
import { createAttempt, quizVersion, startedOn, type QuizSpec } from './attempt';

const spec: QuizSpec = {
	questionIds: ['the-ban.q01', 'the-ban.q02'],
	mode: 'practice',
	shuffle: true
};
const started = (over: Partial<Parameters<typeof createAttempt>[0]> = {}) =>
	createAttempt({
		id: 'a',
		profileId: 'p',
		setId: 'assignment:x',
		title: 'Week 5',
		mode: 'practice',
		seed: 1,
		questionIds: spec.questionIds,
		shuffle: true,
		moduleId: null,
		now: 0,
		...over
	});

describe('which version of an assignment an attempt was started on', () => {
	it('tells an edited assignment from the one the attempt was started on', () => {
		const a = started({ assignmentVersion: quizVersion(spec) });
		expect(startedOn(a, spec)).toBe(true);
		expect(startedOn(a, { ...spec, questionIds: ['the-ban.q06', 'the-ban.q07'] })).toBe(false);
		expect(startedOn(a, { ...spec, mode: 'test' })).toBe(false);
		expect(startedOn(a, { ...spec, shuffle: false })).toBe(false);
	});

	it('compares questions when the attempt was kept before versions were', () => {
		const old = started();
		expect(old.assignmentVersion).toBeUndefined();
		expect(startedOn(old, spec)).toBe(true);
		expect(startedOn(old, { ...spec, questionIds: ['the-ban.q02', 'the-ban.q01'] })).toBe(true);
		expect(startedOn(old, { ...spec, questionIds: ['the-ban.q01', 'the-ban.q06'] })).toBe(false);
	});
});
