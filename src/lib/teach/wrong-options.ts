// The wrong options of multiple-select questions, for the gradebook's "most chosen wrong
// answer": a student who ticked two right options and one wrong one is counted against the
// wrong one, never the right ones. A receipt holds the options chosen, in the question's order,
// joined by "; " (see `describeAnswer`).
import type { Pack } from '$lib/content/schema';

export interface OptionKey {
	options: readonly string[];
	answers: readonly string[];
}

/** The multiple-select questions of a pack, with their options and right answers. */
export function optionKeys(pack: Pack): Record<string, OptionKey> {
	const keys: Record<string, OptionKey> = {};
	for (const q of pack.modules.flatMap((m) => m.questions)) {
		if (q.type === 'multi') keys[q.id] = { options: q.options, answers: q.answers };
	}
	return keys;
}

const JOIN = '; ';

/**
 * The options an answer names, read in the question's order; an option may itself contain
 * "; ". Reading stops at text no option starts, such as a cut-short answer.
 */
export function chosenOptions(answer: string, options: readonly string[]): string[] {
	const chosen: string[] = [];
	let rest = answer;
	for (const option of options) {
		if (rest === option) return [...chosen, option];
		if (rest.startsWith(option + JOIN)) {
			chosen.push(option);
			rest = rest.slice(option.length + JOIN.length);
		}
	}
	return chosen;
}

/** How many of `answers` ticked each wrong option, most first. */
export function wrongOptionCounts(answers: readonly string[], key: OptionKey): Map<string, number> {
	const right = new Set(key.answers);
	const counts = new Map<string, number>();
	for (const answer of answers) {
		for (const option of chosenOptions(answer, key.options)) {
			if (!right.has(option)) counts.set(option, (counts.get(option) ?? 0) + 1);
		}
	}
	return counts;
}
