import { describe, expect, it } from 'vitest';
import { retentionKey } from '$lib/db/reads';
import type { BackupData } from './backup';
import { planMerge } from './merge';
import type { MergePlan } from './merge';
import { attempt, card, PROFILE, response } from './test-factories';

/** The one setting a backup may bring: its learner's review retention. */
const OWN = retentionKey(PROFILE);

const lesson = (lessonId: string, completedAt: number) => ({
	profileId: PROFILE,
	lessonId,
	moduleId: 'm1',
	completedAt
});

function data(over: Partial<BackupData> = {}): BackupData {
	return {
		profile: { id: PROFILE, name: 'Ada', createdAt: 100 },
		settings: [],
		lessonProgress: [],
		attempts: [],
		responses: [],
		cards: [],
		...over
	};
}

/** The device after writing the plan with put: rows replace rows of the same key. */
function apply(before: BackupData, plan: MergePlan): BackupData {
	const put = <T>(rows: T[], writes: T[], key: (r: T) => string) => {
		const byKey = new Map(rows.map((r) => [key(r), r]));
		for (const w of writes) byKey.set(key(w), w);
		return [...byKey.values()];
	};
	return {
		profile: plan.profile,
		settings: put(before.settings, plan.settings, (s) => s.key),
		lessonProgress: put(before.lessonProgress, plan.lessonProgress, (l) => l.lessonId),
		attempts: put(before.attempts, plan.attempts, (a) => a.id),
		responses: put(before.responses, plan.responses, (r) => r.id),
		cards: put(before.cards, plan.cards, (c) => c.questionId)
	};
}

describe('planMerge', () => {
	const shared = response({ id: 'r-shared', credit: 1 });
	const existing = data({
		settings: [{ key: 'theme', value: 'dark' }],
		lessonProgress: [lesson('l1', 500), lesson('l2', 300)],
		attempts: [
			attempt({ id: 'a1', updatedAt: 10 }),
			attempt({ id: 'a2', updatedAt: 20 }),
			attempt({ id: 'a3', updatedAt: 30 })
		],
		responses: [shared, response({ id: 'r-mine' })],
		cards: [card({ questionId: 'q1', updatedAt: 10 }), card({ questionId: 'q2', updatedAt: 20 })]
	});
	const incoming = data({
		profile: { id: PROFILE, name: 'Ada L.', createdAt: 50 },
		settings: [
			{ key: 'theme', value: 'light' },
			{ key: 'activeProfile', value: 'p2' },
			{ key: retentionKey('p2'), value: 0.7 },
			{ key: OWN, value: 0.85 },
			{ key: 'pp', value: 1 }
		],
		lessonProgress: [lesson('l1', 300), lesson('l2', 500), lesson('l3', 700)],
		attempts: [
			attempt({ id: 'a1', updatedAt: 20 }),
			attempt({ id: 'a2', updatedAt: 10 }),
			attempt({ id: 'a3', updatedAt: 30, title: 'Other' }),
			attempt({ id: 'a4' })
		],
		responses: [{ ...shared, credit: 0 }, response({ id: 'r-theirs' })],
		cards: [
			card({ questionId: 'q1', updatedAt: 20 }),
			card({ questionId: 'q2', updatedAt: 10 }),
			card({ questionId: 'q3' })
		]
	});

	it('writes only what is new or wins', () => {
		const plan = planMerge(existing, incoming);
		expect(plan.profile).toEqual({ id: PROFILE, name: 'Ada', createdAt: 50 });
		expect(plan.settings).toEqual([{ key: OWN, value: 0.85 }]);
		expect(plan.lessonProgress).toEqual([lesson('l1', 300), lesson('l3', 700)]);
		expect(plan.attempts.map((a) => [a.id, a.updatedAt])).toEqual([
			['a1', 20],
			['a4', incoming.attempts[3]!.updatedAt]
		]);
		expect(plan.responses.map((r) => r.id)).toEqual(['r-theirs']);
		expect(plan.cards.map((c) => [c.questionId, c.updatedAt])).toEqual([
			['q1', 20],
			['q3', incoming.cards[2]!.updatedAt]
		]);
	});

	it('leaves the device with the union, without duplicates', () => {
		const after = apply(existing, planMerge(existing, incoming));
		expect(after.lessonProgress.map((l) => [l.lessonId, l.completedAt])).toEqual([
			['l1', 300],
			['l2', 300],
			['l3', 700]
		]);
		expect(after.attempts.map((a) => [a.id, a.updatedAt, a.title])).toEqual([
			['a1', 20, 'Set one'],
			['a2', 20, 'Set one'],
			['a3', 30, 'Set one'],
			['a4', incoming.attempts[3]!.updatedAt, 'Set one']
		]);
		expect(after.responses.map((r) => [r.id, r.credit])).toEqual([
			['r-shared', 1],
			['r-mine', 1],
			['r-theirs', 1]
		]);
		expect(after.cards.map((c) => [c.questionId, c.updatedAt])).toEqual([
			['q1', 20],
			['q2', 20],
			['q3', incoming.cards[2]!.updatedAt]
		]);
		expect(after.settings).toEqual([
			{ key: 'theme', value: 'dark' },
			{ key: OWN, value: 0.85 }
		]);
		// Importing the same file again changes nothing.
		const again = planMerge(after, incoming);
		expect([
			again.lessonProgress,
			again.attempts,
			again.responses,
			again.cards,
			again.settings
		]).toEqual([[], [], [], [], []]);
	});

	it('takes everything from the backup on a device without the profile', () => {
		const plan = planMerge(null, incoming);
		expect(plan.profile).toEqual(incoming.profile);
		expect(plan).toEqual({ ...incoming, settings: [{ key: OWN, value: 0.85 }] });
	});

	it('collapses duplicates inside the backup by the same rules', () => {
		const twice = data({
			lessonProgress: [lesson('l1', 9), lesson('l1', 4)],
			attempts: [attempt({ id: 'a1', updatedAt: 1 }), attempt({ id: 'a1', updatedAt: 2 })],
			responses: [response({ id: 'r1', credit: 1 }), response({ id: 'r1', credit: 0 })],
			cards: [card({ updatedAt: 5 }), card({ updatedAt: 3 })],
			settings: [
				{ key: OWN, value: 0.8 },
				{ key: OWN, value: 0.7 }
			]
		});
		const plan = planMerge(null, twice);
		expect(plan.lessonProgress).toEqual([lesson('l1', 4)]);
		expect(plan.attempts.map((a) => a.updatedAt)).toEqual([2]);
		expect(plan.responses.map((r) => r.credit)).toEqual([1]);
		expect(plan.cards.map((c) => c.updatedAt)).toEqual([5]);
		expect(plan.settings).toEqual([{ key: OWN, value: 0.8 }]);
	});

	it('keeps the backup name when the device has none', () => {
		const unnamed = data({ profile: { id: PROFILE, name: '', createdAt: 100 } });
		expect(planMerge(unnamed, incoming).profile.name).toBe('Ada L.');
	});
});
