// The assignment page's test fixtures: the pack and assignments, and one device's sources in
// memory (with the pack reads of a test database).
import { compilePack } from '$lib/content/compile.server';
import { allQuestions } from '$lib/content/queries';
import { createAttempt, type Attempt } from '$lib/quiz/attempt';
import { memoryStore } from '$lib/quiz/store';
import { encodeAssignment, type Assignment } from '$lib/teach/assignment';
import { makeAssignment } from '$lib/teach/factories';
import { packLinkCode } from '$lib/authoring/pack-link';
import type { ChipwiseDB } from '$lib/db/db';
import { teacherPack } from '$lib/test/teacher-pack';
import { packSources, type AssignmentSources } from './assignment-sources';

export const pack = compilePack('content/packs/micron-ban');
export const ids = allQuestions(pack)
	.slice(0, 3)
	.map((q) => q.id);
export const assignment = makeAssignment({ questionIds: ids, packVersion: pack.version });
export const link = encodeAssignment(assignment);

// An assignment on a teacher's pack, and its link carrying the pack.
export const onPack = makeAssignment({
	id: 'teacherPackAssignment',
	packId: teacherPack().id,
	questionIds: teacherPack().modules[0]!.questions.map((q) => q.id)
});
export const onPackLink = encodeAssignment(onPack);
export const carrying = (p = teacherPack()) => `${onPackLink}~${packLinkCode(p) ?? ''}`;

/** In-memory sources for one device; `learner` is null until `ensure` makes one. */
export function deviceWith(db: ChipwiseDB, over: Partial<AssignmentSources> = {}) {
	const attempts = new Map<string, Attempt>();
	const received: Assignment[] = [];
	const learner = {
		id: null as string | null,
		none: false,
		load: async () => {
			learner.none = learner.id === null;
		},
		ensure: async () => {
			learner.id ??= 'me';
			learner.none = false;
		},
		reload: async () => {}
	};
	const sources: AssignmentSources = {
		pack: async () => pack,
		...packSources(db),
		learner,
		receive: async (_, a) => void received.push(a),
		assignmentOf: async (_, attemptId) => {
			const id = attempts.get(attemptId)?.assignmentId;
			return [assignment, onPack].find((a) => a.id === id) ?? null;
		},
		attempt: async (id) => attempts.get(id),
		responses: async () => [],
		store: async () => memoryStore(),
		rename: async () => {},
		prepare: async () => {},
		startList: async (init) => {
			const a = createAttempt({
				id: `att-${attempts.size + 1}`,
				profileId: learner.id ?? '',
				setId: init.kind,
				title: init.title,
				mode: init.mode,
				seed: 1,
				questionIds: init.questionIds,
				shuffle: false,
				moduleId: null,
				now: 0,
				assignmentId: init.assignmentId ?? null,
				assignmentVersion: init.assignmentVersion ?? null
			});
			if (init.packId) a.packId = init.packId;
			attempts.set(a.id, a);
			return a;
		},
		...over
	};
	return { sources, attempts, received, learner };
}

/** Holds the keeping of an assignment until the returned function lets it go on. */
export function holdReceive(sources: AssignmentSources): () => void {
	let keep = () => {};
	const receive = sources.receive;
	sources.receive = (id, a) => new Promise((done) => (keep = () => void receive(id, a).then(done)));
	return () => keep();
}
