// Each question's prompt as the gradebook's tables and CSV name it. Several questions share a
// prompt ("Who said these words?"): the quote or statement tells them apart.
import type { Pack } from '$lib/content/schema';

export function questionPrompts(pack: Pack): Record<string, string> {
	const prompts: Record<string, string> = {};
	for (const q of pack.modules.flatMap((m) => m.questions)) {
		const detail = 'quote' in q ? q.quote : 'statement' in q ? q.statement : '';
		prompts[q.id] = detail ? `${q.prompt} “${detail}”` : q.prompt;
	}
	return prompts;
}
