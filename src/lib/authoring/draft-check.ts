// A draft checked as the pack it makes, each problem moved from the pack's field to the field
// the teacher wrote (the article's paragraphs are one box; a lesson's blocks are its text,
// quotes and key points), and named by where it is: "Module 1 › Question 2".
import { checkPack, type FieldProblem } from './check';
import { buildPack, paragraphsOf, typeLabel, type PackDraft } from './draft';

const ADD_QUESTION = 'Add at least one question.';

function lessonField(draft: PackDraft, rest: string[], m: number, l: number): string {
	const base = `modules.${m}.lessons.${l}`;
	const lesson = draft.modules[m]?.lessons[l];
	if (!lesson) return base;
	const [field, index, inner] = rest;
	if (field === 'evidence')
		return index === undefined ? `${base}.quotes` : `${base}.quotes.${index}.quote`;
	if (field !== 'blocks') return rest.length ? `${base}.${field}` : base;
	if (index === undefined) return `${base}.text`;
	const k = Number(index);
	const texts = paragraphsOf(lesson.text).length;
	if (k < texts) return `${base}.text`;
	if (k < texts + lesson.quotes.length)
		return `${base}.quotes.${k - texts}${inner ? `.${inner}` : ''}`;
	return `${base}.points${rest[3] !== undefined ? `.${rest[3]}` : ''}`;
}

function objectiveField(draft: PackDraft, k: number, rest: string[]): string {
	let seen = 0;
	for (const [m, module] of draft.modules.entries()) {
		if (k < seen + module.objectives.length)
			return `modules.${m}.objectives.${k - seen}${rest.length ? '.label' : ''}`;
		seen += module.objectives.length;
	}
	return 'modules.0.objectives';
}

/** The draft's field a problem of the pack it makes is about. */
export function draftField(draft: PackDraft, path: string): string {
	const parts = path ? path.split('.') : [];
	const [head, second, third, fourth, ...rest] = parts;
	switch (head) {
		case 'source':
			if (second === 'paragraphs') return 'source.text';
			return second === 'dateLabel' ? 'source.date' : path;
		case 'objectives':
			return second === undefined
				? 'modules.0.objectives'
				: objectiveField(draft, Number(second), parts.slice(2));
		case 'finalTest':
			return 'modules';
		case 'modules':
			if (third === 'sets') return `modules.${second}.questions`;
			if (third === 'lessons' && fourth !== undefined)
				return lessonField(draft, rest, Number(second), Number(fourth));
			return path;
		default:
			return path;
	}
}

function plainer(path: string, original: string, message: string): string {
	if (/^(finalTest|modules\.\d+\.sets)/.test(original) && message.startsWith('Add at least'))
		return ADD_QUESTION;
	if (/lessons\.\d+\.evidence$/.test(original))
		return 'Add at least one quote from the article: the lesson rests on it.';
	if (/lessons\.\d+\.blocks$/.test(original)) return 'Write the lesson.';
	if (message.startsWith('Add at least')) {
		if (path === 'source.text') return "Paste the article's text.";
		if (/\.lessons$/.test(path)) return 'Add at least one lesson.';
		if (/\.objectives$/.test(path)) return 'Add at least one learning objective.';
	}
	return message;
}

/** Every problem of the draft, at the field the teacher wrote. */
export function checkDraft(draft: PackDraft): FieldProblem[] {
	const seen = new Set<string>();
	return checkPack(buildPack(draft))
		.problems.map((p) => {
			const path = draftField(draft, p.path);
			return { path, message: plainer(path, p.path, p.message) };
		})
		.filter((p, _, all) => {
			// A module without questions leaves the final test without any too: said once.
			if (p.path === 'modules' && all.some((o) => /^modules\.\d+\.questions$/.test(o.path)))
				return false;
			// A lesson's quote is both a block and its evidence: one problem, said once.
			const key = `${p.path}\n${p.message}`;
			return !seen.has(key) && !!seen.add(key);
		});
}

const FIELD_NAMES: Record<string, string> = {
	title: 'Title',
	summary: 'Summary',
	headline: 'Headline',
	outlet: 'Outlet',
	date: 'Date published',
	url: 'Web address',
	text: 'Text',
	prompt: 'Question',
	explanation: 'Explanation',
	hint: 'Hint',
	evidence: 'Evidence',
	answer: 'Right answer',
	quote: 'Quote',
	statement: 'Statement',
	claimant: 'Who makes the claim',
	objectives: 'Learning objectives',
	speaker: 'Who says it',
	minutes: 'Minutes to read',
	questions: 'Questions',
	lessons: 'Lessons',
	termWord: 'Term',
	definition: 'Definition'
};
const ITEM_NAMES: Record<string, string> = {
	options: 'Option',
	answers: 'Answer',
	items: 'Step',
	stepEvidence: 'Evidence for step',
	answerEvidence: 'Evidence for answer',
	sentences: 'Sentence',
	pairs: 'Pair',
	quotes: 'Quote',
	points: 'Point'
};

/** The words for the field at the end of a path: "Option 2", "Explanation", "Pair 1, left". */
function fieldName(parts: string[]): string[] {
	const names: string[] = [];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i] ?? '';
		const next = parts[i + 1];
		const item = ITEM_NAMES[part];
		if (item && next !== undefined && /^\d+$/.test(next)) {
			names.push(`${item} ${Number(next) + 1}`);
			i++;
		} else if (part === 'left' || part === 'right') names.push(part);
		else if (item) names.push(`${item}s`);
		else if (FIELD_NAMES[part] && !(part === 'quote' && names.at(-1)?.startsWith('Quote')))
			names.push(FIELD_NAMES[part]);
	}
	return names;
}

/** Where a field is, in words: "Module 1 › Question 2 (Short answer) › Answer 1". */
export function placeOf(draft: PackDraft, path: string): string {
	const parts = path.split('.');
	const names: string[] = [];
	let rest = parts;
	if (parts[0] === 'source') {
		names.push('Article');
		rest = parts.slice(1);
	} else if (parts[0] === 'modules') {
		const m = Number(parts[1]);
		if (Number.isNaN(m)) return 'Modules';
		names.push(`Module ${m + 1}`);
		const kind = parts[2];
		const i = Number(parts[3]);
		rest = parts.slice(Number.isNaN(i) ? 2 : 4);
		if (kind === 'lessons' && !Number.isNaN(i)) names.push(`Lesson ${i + 1}`);
		if (kind === 'objectives' && !Number.isNaN(i)) {
			names.push(`Objective ${i + 1}`);
			rest = [];
		}
		if (kind === 'questions' && !Number.isNaN(i)) {
			const q = draft.modules[m]?.questions[i];
			names.push(`Question ${i + 1}${q ? ` (${typeLabel(q.type)})` : ''}`);
		}
	} else if (parts[0] === 'glossary') {
		names.push('Glossary', `Term ${Number(parts[1]) + 1}`);
		rest = parts.slice(2).map((p) => (p === 'term' ? 'termWord' : p));
	} else if (parts[0] === 'title' || parts[0] === 'summary') names.push('About the pack');
	return [...names, ...fieldName(rest)].join(' › ') || 'The pack';
}

/** The problems at `path` or inside it. */
export function problemsWithin(problems: readonly FieldProblem[], path: string): FieldProblem[] {
	return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
}
