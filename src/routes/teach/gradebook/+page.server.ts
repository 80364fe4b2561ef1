import { activePack } from '$lib/content/active.server';

// Each question's prompt as the gradebook's tables and CSV name it, in the prerendered page:
// the browser need not fetch and check the whole pack before it can show results. Several
// questions share a prompt ("Who said these words?"): the quote or statement tells them apart.
export function load() {
	const prompts: Record<string, string> = {};
	for (const q of activePack().modules.flatMap((m) => m.questions)) {
		const detail = 'quote' in q ? q.quote : 'statement' in q ? q.statement : '';
		prompts[q.id] = detail ? `${q.prompt} “${detail}”` : q.prompt;
	}
	return { prompts };
}
