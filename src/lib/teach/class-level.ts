// The class's level on each learning objective an assignment tests: the mean credit its
// questions got, over each student's best result. Plain code for the gradebook's page.
import type { QuestionStat } from './gradebook';

export interface ObjectiveStat {
	id: string;
	label: string;
	/** How many of the assignment's questions test it. */
	questions: number;
	/** Mean credit on those questions, 0–100, rounded. */
	level: number;
}

/**
 * One row per objective the assignment's questions test, in the order of `labels` (the pack's
 * order); an objective with no label is named by its id.
 */
export function objectiveStats(
	stats: readonly QuestionStat[],
	objectivesOf: Readonly<Record<string, readonly string[]>>,
	labels: Readonly<Record<string, string>>
): ObjectiveStat[] {
	const credits = new Map<string, number[]>();
	for (const s of stats) {
		const own = Object.hasOwn(objectivesOf, s.questionId) ? objectivesOf[s.questionId] : [];
		for (const id of own ?? []) credits.set(id, [...(credits.get(id) ?? []), s.meanCredit]);
	}
	const order = Object.keys(labels);
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	return [...credits]
		.sort(([a], [b]) => rank(a) - rank(b))
		.map(([id, values]) => ({
			id,
			label: Object.hasOwn(labels, id) ? (labels[id] ?? id) : id,
			questions: values.length,
			level: Math.round((values.reduce((sum, x) => sum + x, 0) / values.length) * 100)
		}));
}
