// What a new version of a pack changes for a learner who studied the old one. A question whose
// prompt, options or answer changed is a new question to them: its review card starts afresh.
// Edits to its explanation, hint or evidence keep the card. A removed question keeps its history
// but no longer comes up. Learners are told in a line: "2 questions updated, 1 new".
import type { Pack, Question } from '$lib/content/schema';

/** The question ids of two versions of a pack, by what happened to each. */
export interface PackChanges {
	updated: string[];
	added: string[];
	removed: string[];
	unchanged: string[];
}

/** What the learner answers: the type, what is asked, what is offered, and the answer. */
export function answerShape(q: Question): string {
	const shape: Record<string, unknown> = { ...q };
	for (const key of KEPT_ASIDE) delete shape[key];
	if (q.type === 'matching') shape.pairs = q.pairs.map((p) => [p.left, p.right]).sort();
	// The order of options is the player's to shuffle; ordering items keep theirs (it is the answer).
	if ('options' in q) shape.options = [...q.options].sort();
	if (q.type === 'multi' || q.type === 'evidence') shape.answers = [...q.answers].sort();
	// A short answer's first accepted answer is the one shown; more accepted spellings only mark
	// more typed answers right.
	if (q.type === 'short') shape.answers = q.answers[0];
	return JSON.stringify(Object.entries(shape).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Fields whose edits leave the question the same to a learner. */
const KEPT_ASIDE = [
	'id',
	'objectives',
	'difficulty',
	'skill',
	'explanation',
	'hint',
	'evidence',
	'answerEvidence',
	'stepEvidence',
	'claimant'
];

const questionsOf = (pack: Pack) =>
	new Map(pack.modules.flatMap((m) => m.questions.map((q) => [q.id, q] as const)));

/** How `after` differs from `before`, question by question, in `after`'s order. */
export function packChanges(before: Pack, after: Pack): PackChanges {
	const old = questionsOf(before);
	const next = questionsOf(after);
	const changes: PackChanges = { updated: [], added: [], removed: [], unchanged: [] };
	for (const [id, q] of next) {
		const was = old.get(id);
		if (!was) changes.added.push(id);
		else if (answerShape(was) !== answerShape(q)) changes.updated.push(id);
		else changes.unchanged.push(id);
	}
	for (const id of old.keys()) if (!next.has(id)) changes.removed.push(id);
	return changes;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 questions updated, 1 new, 1 removed", or "No question changed". */
export function changeSummary(c: PackChanges): string {
	const parts = [
		c.updated.length && plural(c.updated.length, 'question updated', 'questions updated'),
		c.added.length && `${c.added.length} new`,
		c.removed.length && `${c.removed.length} removed`
	].filter(Boolean);
	if (!parts.length) return 'No question changed';
	// "1 new" alone reads oddly: say what is new.
	if (parts.length === 1 && !c.updated.length && c.added.length)
		return plural(c.added.length, 'new question', 'new questions');
	return parts.join(', ');
}

/** Orders "1.2.10" after "1.2.9": negative when a is older, 0 when the same, positive when newer. */
export function compareVersions(a: string, b: string): number {
	const x = a.split('.').map(Number);
	const y = b.split('.').map(Number);
	for (let i = 0; i < Math.max(x.length, y.length); i++) {
		const d = (x[i] ?? 0) - (y[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

/** What importing a pack means beside the version this device has, if any. */
export type ImportKind = 'new' | 'newer' | 'same' | 'older';

export function importKind(stored: string | null, incoming: string): ImportKind {
	if (stored === null) return 'new';
	const d = compareVersions(incoming, stored);
	return d > 0 ? 'newer' : d === 0 ? 'same' : 'older';
}
