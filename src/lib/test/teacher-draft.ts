// A draft as a teacher would have it ready to publish: the Northport article, one module with a
// lesson and a question. Tests change it.
import { newDraft, newQuestion, type PackDraft } from '$lib/authoring/draft';
import { TEACHER_ARTICLE } from './teacher-pack';

export function teacherDraft(): PackDraft {
	const draft = newDraft(1);
	draft.title = 'A chip lab in Northport';
	draft.summary = 'What the council announced, and what others said of it.';
	draft.source = {
		headline: TEACHER_ARTICLE.headline,
		outlet: 'Northport News',
		date: '2026-11-30',
		url: '',
		text: TEACHER_ARTICLE.paragraphs.join('\n\n')
	};
	const module = draft.modules[0]!;
	module.title = 'The lab';
	module.summary = 'The plan and the reactions to it.';
	module.objectives[0]!.label = 'Say what the council announced';
	const lesson = module.lessons[0]!;
	lesson.title = 'What was announced';
	lesson.text = 'The council announced a testing lab.';
	lesson.quotes = [{ quote: 'a chip testing lab will open', speaker: 'The council' }];
	const q = newQuestion(draft, module, 'single');
	if (q.type === 'single') {
		q.prompt = 'Where will the lab open?';
		q.options = ['In the old harbour warehouse', 'At the town hall'];
		q.answer = 'In the old harbour warehouse';
		q.explanation = 'The council names the old harbour warehouse.';
		q.evidence = 'in the old harbour warehouse';
	}
	module.questions.push(q);
	return draft;
}
