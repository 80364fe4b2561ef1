import { activePack } from '$lib/content/active.server';

// The outline the dashboard reads (objectives, and which objectives each question serves),
// in the prerendered page: the browser need not fetch and check the whole pack for it.
export function load() {
	const pack = activePack();
	return {
		outline: {
			objectives: pack.objectives.map(({ id, module, label }) => ({ id, module, label })),
			modules: pack.modules.map((m) => ({
				id: m.id,
				title: m.title,
				questions: m.questions.map((q) => ({ id: q.id, objectives: q.objectives }))
			}))
		}
	};
}
