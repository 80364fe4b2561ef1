import { describe, expect, it } from 'vitest';
import { createAttempt, type Response } from '$lib/quiz/attempt';
import type { Answer } from '$lib/quiz/answer';
import { decodeReceipt, encodeReceipt } from '$lib/teach/receipt';
import { make } from '$lib/test/factories';
import { buildReceipt } from './build-receipt';

const questions = [make.single('m.q1'), make.truefalse('m.q2'), make.short('m.q3')];
const order = questions.map((q) => q.id);
/** When the attempt started: a receipt's dates must be possible ones. */
const START = Date.UTC(2025, 2, 10, 12);

function finishedAttempt(shuffle: boolean) {
	const attempt = createAttempt({
		id: 'att',
		profileId: 'p',
		setId: 'assignment:k3Xq9-zP_a1B',
		title: 'Week 3',
		mode: 'test',
		seed: 7,
		questionIds: order,
		shuffle,
		moduleId: null,
		now: START,
		assignmentId: 'k3Xq9-zP_a1B'
	});
	return { ...attempt, finishedAt: START + 60_000, updatedAt: START + 60_000 };
}

const response = (questionId: string, answer: Answer, credit: number, round = 0): Response => ({
	id: `att:${questionId}:${round}`,
	attemptId: 'att',
	profileId: 'p',
	questionId,
	round,
	answer,
	credit,
	correct: credit === 1,
	hintUsed: false,
	timeMs: 10_000,
	answeredAt: START + 1000
});

const responses = [
	response('m.q1', { type: 'single', choice: 'Japan' }, 0),
	response('m.q2', { type: 'truefalse', value: true }, 1),
	response('m.q2', { type: 'truefalse', value: true }, 1, 1)
];

const init = (shuffle = true) => ({
	attempt: finishedAttempt(shuffle),
	responses,
	questions,
	order,
	student: '  Zoë ',
	attemptsUsed: 2,
	appVersion: '0.1.0',
	contentVersion: 'micron-ban@1.0.0'
});

describe("a student's receipt", () => {
	it('holds the first-pass score and each answer in words, in the assignment order', () => {
		const r = buildReceipt(init());
		expect(r).toEqual({
			assignmentId: 'k3Xq9-zP_a1B',
			student: 'Zoë',
			score: { credit: 1, total: 3, percent: 33 },
			results: [
				{ questionId: 'm.q1', credit: 0, answer: 'Japan' },
				{ questionId: 'm.q2', credit: 1, answer: 'True' },
				{ questionId: 'm.q3', credit: 0, answer: '(no answer)' }
			],
			timeMs: 30_000,
			startedAt: START,
			finishedAt: START + 60_000,
			attemptsUsed: 2,
			appVersion: '0.1.0',
			contentVersion: 'micron-ban@1.0.0'
		});
	});

	it('decodes as it was made', () => {
		const r = buildReceipt(init(false));
		expect(decodeReceipt(encodeReceipt(r))).toEqual({ ok: true, receipt: r });
	});
});
