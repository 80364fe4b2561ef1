import { activePack } from '$lib/content/active.server';
import { objectiveLabels, questionObjectives } from '$lib/content/objectives';
import { questionPrompts } from '$lib/teach/prompts';
import { optionKeys } from '$lib/teach/wrong-options';

// The built-in pack's prompts in the prerendered page: the browser need not fetch and check the
// whole pack before it can show results. A pack made or added on this device is read from it.
export function load() {
	const pack = activePack();
	return {
		packId: pack.id,
		prompts: questionPrompts(pack),
		objectives: questionObjectives(pack),
		labels: objectiveLabels(pack),
		keys: optionKeys(pack)
	};
}
