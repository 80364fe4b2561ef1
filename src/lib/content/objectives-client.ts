// What a results screen reads of the pack: each question's objectives, from the small file
// the build publishes beside the pack, without the pack's own schema and checks.
import { asset } from '$app/paths';
import * as v from 'valibot';
import { ACTIVE_PACK } from './config';
import { objectivesFile } from './objectives';

/** What `fetchObjectives` reads: question ids, each with its objectives' ids. */
const QuestionObjectives = v.record(v.string(), v.array(v.string()));
/** Far above what a pack of a few hundred questions needs. */
const MAX_OBJECTIVES_BYTES = 512 * 1024;

/**
 * Each question's learning objectives (for a results screen's "what grew"), from the small file
 * published beside the pack: a phone downloads and parses a few KB, not the whole pack.
 */
export function fetchObjectives(): Promise<Map<string, readonly string[]>> {
	objectives ??= (async () => {
		const res = await fetch(asset(objectivesFile(ACTIVE_PACK)));
		if (!res.ok) throw new Error(`The lessons could not be loaded (${res.status}).`);
		const text = await res.text();
		if (text.length > MAX_OBJECTIVES_BYTES) throw new Error('The lessons are too large to open.');
		return new Map(Object.entries(v.parse(QuestionObjectives, JSON.parse(text))));
	})();
	// A failure is not kept: the next results screen asks again.
	objectives.catch(() => (objectives = null));
	return objectives;
}
let objectives: Promise<Map<string, readonly string[]>> | null = null;
