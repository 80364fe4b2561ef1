import { describe, expect, it } from 'vitest';
import type { PackDraft } from '$lib/authoring/draft';
import { teacherDraft } from '$lib/test/teacher-draft';
import { card as storedCard } from '$lib/progress/test-factories';
import { freshDbEachTest } from '$lib/test/db';
import type { ChipwiseDB } from './db';
import { deleteDraft, getDraft, listDrafts, publishDraft, saveDraft } from './drafts';

let db: ChipwiseDB;
freshDbEachTest((d) => (db = d), 'drafts');

const builtIn = { id: 'micron-ban', questionIds: ['the-ban.q01', 'the-ban.q02'] };

const card = (profileId: string, questionId: string) => storedCard({ profileId, questionId });

/** A copy of the draft with a second question, answered from the same article. */
function withTwoQuestions(): PackDraft {
	const draft = teacherDraft();
	const module = draft.modules[0]!;
	module.questions.push({
		id: `${draft.id}.q99`,
		type: 'truefalse',
		objectives: [module.objectives[0]!.id],
		difficulty: 1,
		prompt: 'The trade group said the town has enough training courses.',
		explanation: 'It said the town still lacks them.',
		evidence: 'the town still lacks training courses',
		answer: false
	});
	return draft;
}

const everything = async () => ({
	packs: await db.packs.toArray(),
	cards: await db.cards.toArray(),
	drafts: await db.drafts.toArray()
});

describe('drafts on this device', () => {
	it('saves, lists newest first, reads and deletes a draft', async () => {
		const a = teacherDraft();
		const b = teacherDraft();
		await saveDraft(a, db, 1000);
		await saveDraft(b, db, 2000);
		a.title = 'Edited after saving';
		expect((await listDrafts(db)).map((d) => [d.id, d.updatedAt])).toEqual([
			[b.id, 2000],
			[a.id, 1000]
		]);
		expect((await getDraft(a.id, db))?.title).toBe('A chip lab in Northport');
		await saveDraft(a, db, 3000);
		expect((await listDrafts(db)).map((d) => d.id)).toEqual([a.id, b.id]);
		expect(await getDraft(a.id, db)).toEqual({ ...a, updatedAt: 3000 });
		await deleteDraft(a.id, db);
		expect(await getDraft(a.id, db)).toBeUndefined();
		expect((await listDrafts(db)).map((d) => d.id)).toEqual([b.id]);
	});
});

describe('publishing a draft', () => {
	it('keeps it as a created pack at 1.0.0 and marks the draft published', async () => {
		const draft = teacherDraft();
		await saveDraft(draft, db, 1000);
		const result = await publishDraft(draft, builtIn, db, 2000);
		expect(result).toMatchObject({ ok: true, version: '1.0.0' });
		const row = await db.packs.get(draft.id);
		expect(row).toMatchObject({
			id: draft.id,
			version: '1.0.0',
			title: 'A chip lab in Northport',
			origin: 'created',
			addedAt: 2000,
			updatedAt: 2000,
			changes: null
		});
		expect(row?.pack.modules[0]?.questions).toHaveLength(1);
		expect(await getDraft(draft.id, db)).toMatchObject({ published: '1.0.0', updatedAt: 2000 });
	});

	it('refuses to publish again when nothing changed', async () => {
		const draft = teacherDraft();
		await publishDraft(draft, builtIn, db, 1000);
		const again = await publishDraft((await getDraft(draft.id, db))!, builtIn, db, 2000);
		expect(again).toEqual({
			ok: false,
			message: 'Nothing has changed since version 1.0.0 was published.'
		});
		expect((await db.packs.get(draft.id))?.updatedAt).toBe(1000);
	});

	it('publishes an edit as 1.1.0 and starts afresh only the cards of the changed question', async () => {
		const draft = withTwoQuestions();
		const [changed, kept] = draft.modules[0]!.questions.map((q) => q.id) as [string, string];
		expect((await publishDraft(draft, builtIn, db, 1000)).ok).toBe(true);
		await db.cards.bulkPut([card('p1', changed), card('p2', changed), card('p1', kept)]);

		const edited = (await getDraft(draft.id, db))!;
		edited.modules[0]!.questions[0]!.prompt = 'In which building will the lab open?';
		const result = await publishDraft(edited, builtIn, db, 2000);
		expect(result).toMatchObject({ ok: true, version: '1.1.0' });
		const row = await db.packs.get(draft.id);
		expect(row).toMatchObject({ version: '1.1.0', origin: 'created', addedAt: 1000 });
		expect(row?.changes).toEqual({
			from: '1.0.0',
			summary: '1 question updated',
			updated: [changed],
			added: [],
			removed: []
		});
		expect((await db.cards.toArray()).map((c) => `${c.profileId} ${c.questionId}`)).toEqual([
			`p1 ${kept}`
		]);
		expect((await getDraft(draft.id, db))?.published).toBe('1.1.0');
	});

	it('refuses a draft with problems, says which, and writes nothing', async () => {
		const draft = teacherDraft();
		draft.title = '';
		draft.summary = '';
		await saveDraft(draft, db, 1000);
		const before = await everything();
		const result = await publishDraft(draft, builtIn, db, 2000);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems?.map((p) => p.path)).toEqual(['title', 'summary']);
		expect(result.message).toBe('This pack has 2 problems to fix before it can be published.');
		expect(await everything()).toEqual(before);
	});

	it('says "1 problem" when there is one', async () => {
		const draft = teacherDraft();
		draft.title = '';
		const result = await publishDraft(draft, builtIn, db);
		expect(!result.ok && result.message).toBe(
			'This pack has 1 problem to fix before it can be published.'
		);
		expect(!result.ok && result.problems).toEqual([{ path: 'title', message: expect.any(String) }]);
	});

	it('refuses a draft whose question ids are the built-in pack’s, and changes nothing', async () => {
		const draft = teacherDraft();
		draft.modules[0]!.questions[0]!.id = 'the-ban.q01';
		await saveDraft(draft, db, 1000);
		await db.cards.put(card('p1', 'the-ban.q01'));
		const before = await everything();
		const result = await publishDraft(draft, builtIn, db, 2000);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(
			/question ids of the pack Chipwise comes with \(the-ban\.q01\)/
		);
		expect(await everything()).toEqual(before);
		expect((await getDraft(draft.id, db))?.published).toBeNull();
	});

	it('refuses a clash with another pack on the device after publishing an earlier version', async () => {
		const other = teacherDraft();
		await publishDraft(other, builtIn, db, 1000);
		const draft = teacherDraft();
		draft.modules[0]!.questions[0]!.id = other.modules[0]!.questions[0]!.id;
		await saveDraft(draft, db, 1500);
		const before = await everything();
		const result = await publishDraft(draft, builtIn, db, 2000);
		expect(!result.ok && result.message).toMatch(/question ids of “A chip lab in Northport”/);
		expect(await everything()).toEqual(before);
	});

	it('writes the pack and the draft together: a draft that cannot be stored undoes the pack', async () => {
		// A function cannot be cloned into IndexedDB, so the draft's put fails after the pack's.
		const draft = { ...teacherDraft(), unstorable: () => {} } as PackDraft;
		await expect(publishDraft(draft, builtIn, db, 1000)).rejects.toThrow();
		expect(await everything()).toEqual({ packs: [], cards: [], drafts: [] });
	});
});
