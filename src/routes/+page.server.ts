import { activePack } from '$lib/content/active.server';
import { summarizeModule } from '$lib/content/queries';

export function load() {
	const pack = activePack();
	return {
		pack: {
			title: pack.title,
			summary: pack.summary,
			source: { ...pack.source, paragraphs: undefined }
		},
		modules: pack.modules.map(summarizeModule),
		finalTest: {
			id: pack.finalTest.id,
			title: pack.finalTest.title,
			description: pack.finalTest.description,
			count: pack.finalTest.questionIds.length
		}
	};
}
