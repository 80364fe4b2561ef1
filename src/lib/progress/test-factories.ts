import type { Answer } from '$lib/quiz/answer';
import type { BackupData } from './backup';
import { reviewCard } from './review-card';
// Small builders for the progress tests. Not a test file itself (no `.test.` in the name).
import type { Attempt, Response } from '$lib/quiz/attempt';
import type { PackOutline } from './mastery';
import { newCard } from './review-card';
import type { StoredCard } from './review-card';

export const PROFILE = 'p1';

/** Local time, so day grouping is right in any time zone the tests run in. */
export const at = (y: number, month: number, day: number, hour = 12, minute = 0): number =>
	new Date(y, month - 1, day, hour, minute).getTime();

let next = 0;
export function response(over: Partial<Response> = {}): Response {
	next += 1;
	return {
		id: `r${next}`,
		attemptId: 'a1',
		profileId: PROFILE,
		questionId: 'q1',
		round: 0,
		answer: { type: 'single', choice: 'A' },
		credit: 1,
		correct: true,
		hintUsed: false,
		timeMs: 12_000,
		answeredAt: at(2025, 3, 10),
		...over
	};
}

/** Answers with these credits, one per `stepMs` from `start` (credit 1 counts as correct). */
export function answers(
	credits: readonly number[],
	start: number,
	stepMs = 60_000,
	over: Partial<Response> = {}
): Response[] {
	return credits.map((credit, i) =>
		response({ credit, correct: credit === 1, answeredAt: start + i * stepMs, ...over })
	);
}

export function attempt(over: Partial<Attempt> = {}): Attempt {
	return {
		id: 'a1',
		profileId: PROFILE,
		setId: 'set-1',
		title: 'Set one',
		mode: 'practice',
		seed: 42,
		shuffle: true,
		questionIds: ['q1', 'q2'],
		queue: ['q1', 'q2'],
		position: 1,
		drafts: { q2: { answer: { type: 'multi', choices: ['A', 'B'] }, hintUsed: true, timeMs: 900 } },
		startedAt: at(2025, 3, 10, 9),
		updatedAt: at(2025, 3, 10, 9, 5),
		finishedAt: null,
		moduleId: 'm1',
		assignmentId: null,
		...over
	};
}

export function card(over: Partial<StoredCard> = {}): StoredCard {
	return { ...newCard(PROFILE, 'q1', at(2025, 3, 10)), ...over };
}

/**
 * A pack outline from `module -> objective -> question ids`. A question listed under two
 * objectives is tagged with both.
 */
export function outline(modules: Record<string, Record<string, string[]>>): PackOutline {
	const objectives: PackOutline['objectives'][number][] = [];
	const tags = new Map<string, string[]>();
	const order: { module: string; question: string }[] = [];
	for (const [module, byObjective] of Object.entries(modules)) {
		for (const [objective, questions] of Object.entries(byObjective)) {
			objectives.push({ id: objective, module });
			for (const q of questions) {
				if (!tags.has(q)) order.push({ module, question: q });
				tags.set(q, [...(tags.get(q) ?? []), objective]);
			}
		}
	}
	return {
		objectives,
		modules: Object.keys(modules).map((id) => ({
			id,
			questions: order
				.filter((o) => o.module === id)
				.map((o) => ({ id: o.question, objectives: tags.get(o.question) ?? [] }))
		}))
	};
}

const everyAnswer: Answer[] = [
	{ type: 'single', choice: 'Micron' },
	{ type: 'multi', choices: ['A', 'B'] },
	{ type: 'truefalse', value: null },
	{ type: 'matching', pairs: { Japan: 'joined', 'The Netherlands': null } },
	{ type: 'ordering', order: ['1', '2', '3'] },
	{ type: 'short', text: 'Micron Technology' },
	{ type: 'whosaid', choice: null },
	{ type: 'claimfact', choice: 'claim' }
];

/** A learner's whole backup with one answer of every type. */
export function backupData(over: Partial<BackupData> = {}): BackupData {
	const responses = everyAnswer.map((answer, i) =>
		response({ questionId: `q${i}`, answer, answeredAt: at(2025, 3, 10, 9, i) })
	);
	return {
		profile: { id: PROFILE, name: 'Ada', createdAt: at(2025, 3, 1) },
		settings: [
			{ key: 'theme', value: 'dark' },
			{ key: 'review', value: { retention: 0.9, days: [1, 2], on: true, note: null } }
		],
		lessonProgress: [
			{ profileId: PROFILE, lessonId: 'l1', moduleId: 'm1', completedAt: at(2025, 3, 2) }
		],
		attempts: [attempt(), attempt({ id: 'a2', setId: null, finishedAt: at(2025, 3, 11) })],
		responses,
		cards: [card(), reviewCard(undefined, responses[1]!, 0.9)],
		...over
	};
}
