import { activePack } from '$lib/content/active.server';
import { allQuestions, summarizeModule } from '$lib/content/queries';
import { nextStep } from '$lib/progress/next-step';
import { stepView } from '$lib/progress/step-view';

export function load() {
	const pack = activePack();
	const modules = pack.modules.map(summarizeModule);
	return {
		pack: {
			title: pack.title,
			summary: pack.summary,
			source: { ...pack.source, paragraphs: undefined }
		},
		modules,
		// The questions Review may bring back (a removed question's card stays, unasked).
		questionIds: allQuestions(pack).map((q) => q.id),
		// What "Up next" suggests before this learner's data is read: the first lesson.
		firstView: stepView(
			nextStep({
				unfinished: [],
				assignments: [],
				dueReviews: 0,
				lessonsRead: new Set(),
				setsFinished: new Set(),
				outline: { modules }
			}),
			pack.finalTest.id
		),
		finalTest: {
			id: pack.finalTest.id,
			title: pack.finalTest.title,
			description: pack.finalTest.description,
			count: pack.finalTest.questionIds.length
		}
	};
}
