import type { Pack } from './schema';

/** Each learning objective's label by its id, for naming what a missed question practises. */
export function objectiveLabels(pack: Pick<Pack, 'objectives'>): Record<string, string> {
	return Object.fromEntries(pack.objectives.map((o) => [o.id, o.label]));
}
