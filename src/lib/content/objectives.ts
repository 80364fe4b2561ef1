import type { Pack } from './schema';

/** Each learning objective's label by its id, for naming what a missed question practises. */
export function objectiveLabels(pack: Pick<Pack, 'objectives'>): Record<string, string> {
	return Object.fromEntries(pack.objectives.map((o) => [o.id, o.label]));
}

/**
 * Each question's learning objectives by its id: all a results screen needs from the pack to
 * say what grew, published beside it as `<pack>.objectives.json` (a few KB instead of the pack).
 */
export function questionObjectives(pack: Pick<Pack, 'modules'>): Record<string, string[]> {
	return Object.fromEntries(
		pack.modules.flatMap((m) => m.questions.map((q) => [q.id, [...q.objectives]]))
	);
}

/** Where the browser finds a pack's question objectives (see `questionObjectives`). */
export const objectivesFile = (packId: string) => `/packs/${packId}.objectives.json`;
