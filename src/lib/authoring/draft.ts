// A pack as a teacher writes it: the article pasted whole, modules with their objectives,
// lessons written as text, key points and quotes, and questions in the pack's own form. The
// parts a teacher need not write (question sets, the final test, ids, the language) are made
// from it when it is checked or published, so a draft is always one step from a real pack.
import type { Pack, Question, QuestionType } from '$lib/content/schema';
import { normalizeSpace } from '$lib/content/text';
import { dayLabel } from '$lib/text/dates';

export interface DraftQuote {
	quote: string;
	speaker: string;
}

export interface DraftLesson {
	id: string;
	title: string;
	minutes: number;
	/** Paragraphs, a blank line between them. */
	text: string;
	points: string[];
	quotes: DraftQuote[];
}

export interface DraftObjective {
	id: string;
	label: string;
}

export interface DraftModule {
	id: string;
	title: string;
	summary: string;
	objectives: DraftObjective[];
	lessons: DraftLesson[];
	questions: Question[];
}

export interface DraftTerm {
	id: string;
	term: string;
	definition: string;
	/** Optional: the article's words the definition rests on. */
	evidence: string;
}

export interface DraftSource {
	headline: string;
	outlet: string;
	/** YYYY-MM-DD */
	date: string;
	url: string;
	/** The article as pasted: a paragraph a line (blank lines between them are fine). */
	text: string;
}

export interface PackDraft {
	/** The pack's id, fixed when the draft is started so every version keeps it. */
	id: string;
	title: string;
	summary: string;
	source: DraftSource;
	modules: DraftModule[];
	/** Terms a lesson links with [[the term]]; absent in drafts started before there was one. */
	glossary?: DraftTerm[];
	/** The last version published from this draft, or null. */
	published: string | null;
	/** A counter for new ids, so a removed item's id is never given again. */
	next: number;
	updatedAt: number;
}

const randomKey = (length = 6) =>
	Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) =>
		'abcdefghijklmnopqrstuvwxyz0123456789'.charAt(b % 36)
	).join('');

/** A fresh id in the draft's own space ("t4k2a9.q7"), unique on any device. */
export function nextId(draft: PackDraft, kind: 'm' | 'l' | 'o' | 'q' | 'g'): string {
	draft.next += 1;
	return `${draft.id}.${kind}${draft.next}`;
}

export function newLesson(draft: PackDraft): DraftLesson {
	return { id: nextId(draft, 'l'), title: '', minutes: 3, text: '', points: [], quotes: [] };
}

export function newModule(draft: PackDraft): DraftModule {
	const module: DraftModule = {
		id: nextId(draft, 'm'),
		title: '',
		summary: '',
		objectives: [],
		lessons: [],
		questions: []
	};
	module.objectives.push({ id: nextId(draft, 'o'), label: '' });
	module.lessons.push(newLesson(draft));
	return module;
}

export function newDraft(now = Date.now()): PackDraft {
	const draft: PackDraft = {
		id: `t${randomKey()}`,
		title: '',
		summary: '',
		source: { headline: '', outlet: '', date: '', url: '', text: '' },
		modules: [],
		glossary: [],
		published: null,
		next: 0,
		updatedAt: now
	};
	draft.modules.push(newModule(draft));
	return draft;
}

export const QUESTION_TYPES: { type: QuestionType; label: string }[] = [
	{ type: 'single', label: 'Multiple choice' },
	{ type: 'multi', label: 'Multiple answers' },
	{ type: 'truefalse', label: 'True or false' },
	{ type: 'short', label: 'Short answer' },
	{ type: 'matching', label: 'Matching' },
	{ type: 'ordering', label: 'Put in order' },
	{ type: 'whosaid', label: 'Who said it' },
	{ type: 'claimfact', label: 'Claim or reported fact' },
	{ type: 'evidence', label: 'Find the evidence' }
];

export const typeLabel = (type: QuestionType) =>
	QUESTION_TYPES.find((t) => t.type === type)?.label ?? type;

/** A new, empty question of `type`, tagged with the module's first objective. */
export function newQuestion(draft: PackDraft, module: DraftModule, type: QuestionType): Question {
	const common = {
		id: nextId(draft, 'q'),
		objectives: module.objectives.slice(0, 1).map((o) => o.id),
		difficulty: 1 as const,
		prompt: '',
		explanation: '',
		evidence: ''
	};
	switch (type) {
		case 'single':
		case 'whosaid':
			return type === 'single'
				? { ...common, type, options: ['', ''], answer: '' }
				: { ...common, type, quote: '', options: ['', ''], answer: '' };
		case 'multi':
			return { ...common, type, options: ['', '', ''], answers: [], answerEvidence: [] };
		case 'truefalse':
			return { ...common, type, answer: true };
		case 'short':
			return { ...common, type, answers: [''] };
		case 'matching':
			return {
				...common,
				type,
				pairs: [
					{ left: '', right: '', evidence: '' },
					{ left: '', right: '', evidence: '' }
				]
			};
		case 'ordering':
			return { ...common, type, items: ['', '', ''], stepEvidence: ['', '', ''] };
		case 'claimfact':
			return { ...common, type, statement: '', answer: 'reported' };
		case 'evidence':
			return { ...common, type, statement: '', stance: 'supports', sentences: [], answers: [] };
	}
}

/** The pasted article as paragraphs: one a line, blank lines and spacing dropped. */
export function paragraphsOf(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map(normalizeSpace)
		.filter((line) => line.length > 0);
}

/** Optional text left empty is left out, as the pack's format wants it absent. */
const optional = <T>(value: T | undefined, keep: boolean) => (keep ? value : undefined);

function cleanQuestion(q: Question): Question {
	// Evidence for each part of a key (a pair, a step, a right answer) is required, so it stays
	// even when empty: the check then names the empty box itself.
	const out = { ...q } as Record<string, unknown>;
	if (!q.hint?.trim()) delete out.hint;
	if (q.type === 'claimfact' && !q.claimant?.trim()) delete out.claimant;
	return out as Question;
}

const LINK = /\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g;
const fold = (text: string) => normalizeSpace(text).toLowerCase();

/**
 * A lesson's text with each [[term]] written as the pack's link to its glossary entry
 * ([[id|term]]); a link to no term of the glossary is left for the check to name.
 */
export function linkTerms(text: string, glossary: readonly DraftTerm[]): string {
	const ids = new Map(glossary.map((g) => [fold(g.term), g.id]));
	return text.replace(LINK, (link, inner: string, shown?: string) => {
		const id = ids.get(fold(inner)) ?? glossary.find((g) => g.id === inner.trim())?.id;
		return id ? `[[${id}|${shown ?? inner.trim()}]]` : link;
	});
}

/** The pack a draft makes, at `version`: what is checked, previewed and published. */
export function buildPack(draft: PackDraft, version = '1.0.0'): Pack {
	const { source } = draft;
	const glossary = draft.glossary ?? [];
	const questionIds = draft.modules.flatMap((m) => m.questions.map((q) => q.id));
	return {
		formatVersion: 1,
		id: draft.id,
		version,
		title: draft.title,
		summary: draft.summary,
		language: 'en',
		source: {
			outlet: source.outlet,
			date: source.date,
			dateLabel: /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? dayLabel(source.date) : source.date,
			url: optional(source.url.trim(), source.url.trim().length > 0),
			headline: source.headline,
			paragraphs: paragraphsOf(source.text)
		},
		sic: [],
		objectives: draft.modules.flatMap((m) =>
			m.objectives.map((o) => ({ id: o.id, module: m.id, label: o.label }))
		),
		glossary: glossary.map((g) => ({
			id: g.id,
			term: g.term,
			definition: g.definition,
			...(g.evidence.trim() ? { evidence: g.evidence } : {})
		})),
		timeline: [],
		finalTest: {
			id: `${draft.id}.final`,
			title: 'Final test',
			description: 'Every question of the pack.',
			questionIds
		},
		modules: draft.modules.map((m) => ({
			id: m.id,
			title: m.title,
			summary: m.summary,
			lessons: m.lessons.map((l) => ({
				id: l.id,
				title: l.title,
				minutes: l.minutes,
				blocks: [
					...paragraphsOf(linkTerms(l.text, glossary)).map((text) => ({
						kind: 'text' as const,
						text
					})),
					...l.quotes.map((q) => ({ kind: 'quote' as const, ...q })),
					...(l.points.length
						? [{ kind: 'points' as const, items: l.points.map((p) => linkTerms(p, glossary)) }]
						: [])
				],
				evidence: l.quotes.map((q) => q.quote)
			})),
			questions: m.questions.map(cleanQuestion),
			sets: [
				{
					id: `${m.id}.all`,
					title: 'All questions',
					description: 'Every question of this module.',
					questionIds: m.questions.map((q) => q.id)
				}
			]
		}))
	};
}

/** The next version to publish: 1.0.0 first, then one minor step past the newest known. */
export function nextVersion(published: string | null, stored: string | null): string {
	const newest = [published, stored]
		.filter((v): v is string => !!v)
		.map((v) => v.split('.').map(Number))
		.sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0) || (b[1] ?? 0) - (a[1] ?? 0))[0];
	return newest ? `${newest[0] ?? 1}.${(newest[1] ?? 0) + 1}.0` : '1.0.0';
}
