import { createAttempt, type Attempt, type Mode } from '$lib/quiz/attempt';
import { newSeed } from '$lib/quiz/random';
import { openAttempt, saveAttempt } from './attempts';
import { activeProfile } from './profiles';

/**
 * Starts a session over any list of questions (a review, "practise these", a retry) and
 * returns its attempt, or resumes the unfinished one of the same kind.
 */
export async function startListSession(init: {
	kind: string;
	title: string;
	mode: Mode;
	questionIds: string[];
	resume?: boolean;
	assignmentId?: string | null;
	shuffle?: boolean;
}): Promise<Attempt> {
	const profile = await activeProfile();
	if (init.resume !== false) {
		const open = await openAttempt(profile.id, init.kind, init.mode);
		if (open) return open;
	}
	const attempt = createAttempt({
		id: crypto.randomUUID(),
		profileId: profile.id,
		setId: init.kind,
		title: init.title,
		mode: init.mode,
		seed: newSeed(),
		questionIds: init.questionIds,
		shuffle: init.shuffle ?? true,
		moduleId: null,
		now: Date.now(),
		assignmentId: init.assignmentId ?? null
	});
	await saveAttempt(attempt);
	return attempt;
}
