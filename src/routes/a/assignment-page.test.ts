import { afterEach, describe, expect, it, vi } from 'vitest';
import { quizVersion } from '$lib/quiz/attempt';
import { encodeAssignment } from '$lib/teach/assignment';
import { makeAssignment } from '$lib/teach/factories';
import type { ChipwiseDB } from '$lib/db/db';
import { freshDbEachTest } from '$lib/test/db';
import { teacherPack } from '$lib/test/teacher-pack';
import type * as Schedule from '$lib/schedule';
import { AssignmentPage } from './assignment-page.svelte';
import type { AssignmentSources } from './assignment-sources';
import {
	assignment,
	carrying,
	deviceWith,
	holdReceive,
	ids,
	link,
	onPack,
	onPackLink,
	pack
} from './assignment-page.fixtures';

// A page that never becomes idle, for a test that must not wait for it.
const shown = vi.hoisted(() => ({ never: false }));
vi.mock('$lib/schedule', async (actual) => {
	const real = await actual<typeof Schedule>();
	return {
		...real,
		afterShown: () => (shown.never ? new Promise<void>(() => {}) : real.afterShown())
	};
});

afterEach(() => {
	shown.never = false;
});

let db: ChipwiseDB;
freshDbEachTest((d) => (db = d));
const device = (over: Partial<AssignmentSources> = {}) => deviceWith(db, over);

describe("a student's assignment page", () => {
	it('opens a link, keeps the assignment for "Assigned to me" and creates the learner', async () => {
		const d = device();
		const view = new AssignmentPage(d.sources);
		await view.route(link, null);
		expect(view.problem).toBe('');
		expect(view.assignment?.id).toBe(assignment.id);
		expect(view.questions.map((q) => q.id)).toEqual(ids);
		expect(d.learner.id).toBe('me');
		expect(d.received.map((a) => a.id)).toEqual([assignment.id]);
	});

	it("where a learner is stored, shows the assignment once it is kept, with the learner's attempts", async () => {
		const d = device();
		d.learner.id = 'me';
		const keep = holdReceive(d.sources);
		const view = new AssignmentPage(d.sources);
		const opened = view.route(link, null);
		await new Promise((r) => setTimeout(r, 0));
		// What the page needs to show it (the assignment and its pack): not yet the pack.
		expect(view.assignment?.id).toBe(assignment.id);
		expect(view.pack).toBeNull();
		expect(d.received).toEqual([]);
		keep();
		await opened;
		expect(d.received.map((a) => a.id)).toEqual([assignment.id]);
		expect(view.pack?.id).toBe(pack.id);
	});

	it('on a first visit, shows the assignment at once, and Start waits until it is kept', async () => {
		const d = device();
		const keep = holdReceive(d.sources);
		const view = new AssignmentPage(d.sources);
		const opened = view.route(link, null);
		await vi.waitFor(() => expect(view.pack?.id).toBe(pack.id));
		expect(d.received).toEqual([]);
		const started = view.start('Zoë');
		await vi.waitFor(() => expect(d.learner.id).toBe('me'));
		expect(d.attempts.size).toBe(0);
		keep();
		await opened;
		expect(d.received.map((a) => a.id)).toEqual([assignment.id]);
		expect(await started).toEqual({ attemptId: 'att-1' });
	});

	it('on a first visit, keeps the assignment at once when the student leaves before the page is idle', async () => {
		const d = device();
		const view = new AssignmentPage(d.sources);
		void view.route(link, null);
		await vi.waitFor(() => expect(view.pack?.id).toBe(pack.id));
		expect(d.received).toEqual([]);
		await view.keep();
		expect(d.received.map((a) => a.id)).toEqual([assignment.id]);
		expect(d.learner.id).toBe('me');
		// Kept once: the idle moment that follows finds it kept.
		await new Promise((r) => setTimeout(r, 600));
		expect(d.received).toHaveLength(1);
	});

	it('on a first visit, keeps the assignment when the student leaves before the link is read', async () => {
		shown.never = true;
		const d = device();
		const view = new AssignmentPage(d.sources);
		const opened = view.route(link, null);
		// The page showed the assignment before the app; the student goes to Learn at once,
		// and the page is gone before it would have been idle.
		expect(view.pack).toBeNull();
		await view.keep();
		expect(d.received).toEqual([]);
		await opened;
		expect(d.received.map((a) => a.id)).toEqual([assignment.id]);
		expect(d.learner.id).toBe('me');
	});

	it('names the problem with a damaged link, and keeps nothing', async () => {
		const d = device();
		const view = new AssignmentPage(d.sources);
		await view.route(`${link.slice(0, -4)}xxxx`, null);
		expect(view.problem).not.toBe('');
		expect(view.assignment).toBeNull();
		expect(d.received).toEqual([]);
	});

	it('says so when the questions cannot be loaded, or are not in this version', async () => {
		const offline = new AssignmentPage(
			device({ pack: () => Promise.reject(new Error('offline')) }).sources
		);
		await offline.route(link, null);
		expect(offline.problem).toMatch(/could not be loaded/);

		const other = makeAssignment({ questionIds: ['nowhere.q01'], packVersion: pack.version });
		const missing = new AssignmentPage(device().sources);
		await missing.route(encodeAssignment(other), null);
		expect(missing.problem).toMatch(/None of this assignment's questions/);
	});

	it('warns, but lets the student work, when the assignment cannot be kept', async () => {
		const view = new AssignmentPage(
			device({ receive: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) })
				.sources
		);
		await view.route(link, null);
		expect(view.problem).toBe('');
		expect(view.warning).toMatch(/Your answers and result cannot be saved/);
	});

	it('starts the attempt, naming the student first, and shows it', async () => {
		const renamed: string[] = [];
		const d = device({ rename: async (_, name) => void renamed.push(name) });
		const view = new AssignmentPage(d.sources);
		await view.route(link, null);
		const started = await view.start('Ada Lovelace');
		expect(started).toEqual({ attemptId: 'att-1' });
		expect(renamed).toEqual(['Ada Lovelace']);
		expect(d.attempts.get('att-1')).toMatchObject({
			assignmentId: assignment.id,
			assignmentVersion: quizVersion(assignment),
			title: assignment.title
		});
		expect(view.player?.attempt.id).toBe('att-1');
	});

	it('reopens the attempt the address names, and finds the assignment from it alone', async () => {
		const d = device();
		const first = new AssignmentPage(d.sources);
		await first.route(link, null);
		await first.start(null);

		const again = new AssignmentPage(d.sources);
		await again.route('', 'att-1');
		expect(again.assignment?.id).toBe(assignment.id);
		expect(again.player?.attempt.id).toBe('att-1');
	});

	it("does not show another learner's attempt", async () => {
		const d = device();
		const view = new AssignmentPage(d.sources);
		await view.route(link, null);
		await view.start(null);
		d.learner.id = 'sibling';
		const theirs = new AssignmentPage(d.sources);
		await theirs.route(link, 'att-1');
		expect(theirs.player).toBeNull();
	});

	it('retries the missed questions as practice, titled after the assignment', async () => {
		const d = device();
		const view = new AssignmentPage(d.sources);
		await view.route(link, null);
		const id = await view.retry([ids[1] ?? '']);
		expect(d.attempts.get(id)).toMatchObject({
			title: `${assignment.title} (missed questions)`,
			mode: 'practice',
			questionIds: [ids[1]]
		});
	});
});

describe("an assignment on a teacher's pack", () => {
	it('adds the pack its link carries, opens, and records the attempt under that pack', async () => {
		const d = device();
		const view = new AssignmentPage(d.sources);
		await view.route(carrying(), null);
		expect(view.problem).toBe('');
		expect(view.pack?.title).toBe('A chip lab in Northport');
		expect(view.code).toBe(onPackLink);
		expect(view.questions.map((q) => q.id)).toEqual(onPack.questionIds);
		expect(d.received.map((a) => a.id)).toEqual([onPack.id]);
		expect(await d.sources.storedPack(onPack.packId)).toEqual(teacherPack());

		const started = await view.start(null);
		const id = 'attemptId' in started ? started.attemptId : '';
		expect(d.attempts.get(id)?.packId).toBe(onPack.packId);
		const retry = await view.retry([onPack.questionIds[0] ?? '']);
		expect(d.attempts.get(retry)?.packId).toBe(onPack.packId);
	});

	it('keeps a newer version already here, and opens again from the address without the pack', async () => {
		const d = device();
		const newer = teacherPack();
		newer.version = '1.2.0';
		newer.modules[0]!.questions[0]!.prompt = 'In which building will the lab open?';
		const first = new AssignmentPage(d.sources);
		await first.route(carrying(newer), null);
		const again = new AssignmentPage(d.sources);
		await again.route(carrying(), null);
		expect(again.problem).toBe('');
		expect(again.pack?.version).toBe('1.2.0');

		await again.start(null);
		const back = new AssignmentPage(d.sources);
		await back.route('', 'att-1');
		expect(back.pack?.version).toBe('1.2.0');
		expect(back.player?.attempt.id).toBe('att-1');
	});

	it('without its pack, says so, and opens once the pack file is added', async () => {
		const d = device();
		const view = new AssignmentPage(d.sources);
		await view.route(onPackLink, null);
		expect(view.needsPack).toBe(true);
		expect(view.problem).toMatch(/not on this device yet/);
		expect(d.received).toEqual([]);

		const other = JSON.stringify(teacherPack())
			.replaceAll('northport-lab', 'other-pack')
			.replaceAll('"lab.q', '"lab.x');
		expect(await view.addPackFile(other)).toMatch(/another pack/);
		expect(await view.addPackFile('{"not": "a pack"}')).toMatch(/Nothing was changed\.$/);
		expect(view.needsPack).toBe(true);

		expect(await view.addPackFile(JSON.stringify(teacherPack()))).toBeNull();
		expect(view.needsPack).toBe(false);
		expect(view.problem).toBe('');
		expect(d.received.map((a) => a.id)).toEqual([onPack.id]);
	});

	it('opens when the whole link follows the one without the pack, in the same page', async () => {
		const view = new AssignmentPage(device().sources);
		await view.route(onPackLink, null);
		expect(view.needsPack).toBe(true);
		await view.route(carrying(), null);
		expect(view.needsPack).toBe(false);
		expect(view.problem).toBe('');
		expect(view.pack?.id).toBe(onPack.packId);
	});

	it('a damaged pack in the link is named, and nothing is added', async () => {
		const d = device();
		const view = new AssignmentPage(d.sources);
		const link = carrying();
		await view.route(`${link.slice(0, -6)}AAAAAA`, null);
		expect(view.problem).toMatch(/cut off or changed/);
		expect(await d.sources.storedPack(onPack.packId)).toBeNull();
		expect(d.received).toEqual([]);
	});
});
