import type { Lesson, Pack, Question } from './schema';
import { overloadedSentences, repeatedQuestions } from './padding';
import { keyParts } from './evidence';
import { keyPlacement } from './positions';
import { findQuote } from './text';

export interface ContentProblem {
	pack: string;
	/** The question, lesson, module or entry the problem is in. */
	where: string;
	reason: string;
}

export const MIN_QUESTIONS_PER_MODULE = 12;
export const MIN_QUESTIONS_PER_PACK = 100;
export const MIN_QUESTION_TYPES = 8;

export function formatProblem(p: ContentProblem): string {
	return `${p.pack} › ${p.where}: ${p.reason}`;
}

const GLOSSARY_LINK = /\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g;

export const LESSONS_PER_MODULE = { min: 2, max: 4 };

export interface ValidateOptions {
	/**
	 * The shipped pack's editorial rules too (default): its minimum counts, lessons per module,
	 * a final test from every module, no sentence overloaded, keys not placed in a pattern. A
	 * teacher's own pack keeps every other rule.
	 */
	editorial?: boolean;
}

/** Checks what a schema cannot: ids, quotes, answers, coverage and order. */
export function validatePack(
	pack: Pack,
	{ editorial = true }: ValidateOptions = {}
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const report = (where: string, reason: string) => problems.push({ pack: pack.id, where, reason });
	const { headline, caption, paragraphs } = pack.source;
	const searchable = [headline, ...(caption ? [caption] : []), ...paragraphs];
	const verbatim = (where: string, quote: string, what = 'evidence') => {
		if (!findQuote(searchable, quote))
			report(where, `${what} not found verbatim in the article: "${quote}"`);
	};

	const seen = new Map<string, string>();
	const unique = (kind: string, id: string) => {
		const earlier = seen.get(id);
		if (earlier) report(id, `duplicate id (also a ${earlier})`);
		else seen.set(id, kind);
	};

	const objectives = new Set(pack.objectives.map((o) => o.id));
	const moduleIds = new Set(pack.modules.map((m) => m.id));
	const glossary = new Set(pack.glossary.map((g) => g.id));
	for (const o of pack.objectives) {
		unique('learning objective', o.id);
		if (!moduleIds.has(o.module)) report(o.id, `objective names an unknown module "${o.module}"`);
	}
	for (const g of pack.glossary) {
		unique('glossary term', g.id);
		if (g.evidence) verbatim(g.id, g.evidence);
	}

	let previous = '';
	for (const event of pack.timeline) {
		unique('timeline event', event.id);
		verbatim(event.id, event.evidence);
		if (event.date < previous)
			report(event.id, `timeline out of order: ${event.date} comes after ${previous}`);
		previous = event.date;
	}

	const allQuestions = new Map<string, Question>();
	const types = new Set<string>();
	for (const module of pack.modules) {
		unique('module', module.id);
		const lessons = module.lessons.length;
		if (editorial && (lessons < LESSONS_PER_MODULE.min || lessons > LESSONS_PER_MODULE.max)) {
			report(
				module.id,
				`module has ${lessons} lessons, outside ${LESSONS_PER_MODULE.min} to ${LESSONS_PER_MODULE.max}`
			);
		}
		if (editorial && module.questions.length < MIN_QUESTIONS_PER_MODULE) {
			report(
				module.id,
				`module has ${module.questions.length} questions, under its minimum of ${MIN_QUESTIONS_PER_MODULE}`
			);
		}
		for (const lesson of module.lessons) checkLesson(lesson, glossary, unique, verbatim, report);
		const own = new Set<string>();
		for (const q of module.questions) {
			unique('question', q.id);
			own.add(q.id);
			allQuestions.set(q.id, q);
			types.add(q.type);
			checkQuestion(q, objectives, verbatim, report);
		}
		const inSets = new Set<string>();
		for (const set of module.sets) {
			unique('question set', set.id);
			for (const qid of set.questionIds) {
				if (!own.has(qid))
					report(set.id, `set lists "${qid}", which is not a question of module ${module.id}`);
				inSets.add(qid);
			}
		}
		for (const qid of own) if (!inSets.has(qid)) report(qid, 'question is in no question set');
	}

	unique('question set', pack.finalTest.id);
	const finalModules = new Set<string>();
	for (const qid of pack.finalTest.questionIds) {
		if (!allQuestions.has(qid))
			report(pack.finalTest.id, `final test lists unknown question "${qid}"`);
		const home = pack.modules.find((m) => m.questions.some((q) => q.id === qid));
		if (home) finalModules.add(home.id);
	}
	for (const m of editorial ? pack.modules : []) {
		if (!finalModules.has(m.id))
			report(pack.finalTest.id, `final test draws nothing from module ${m.id}`);
	}

	for (const p of repeatedQuestions(pack)) {
		report(p.ids[0] ?? pack.id, `${p.reason} as ${p.ids.slice(1).join(', ')}`);
	}

	if (!editorial) return problems;
	for (const p of overloadedSentences(pack)) report(pack.id, `${p.reason}: ${p.ids.join(', ')}`);
	for (const reason of keyPlacement(pack)) report(pack.id, reason);

	if (allQuestions.size < MIN_QUESTIONS_PER_PACK) {
		report(
			pack.id,
			`pack has ${allQuestions.size} questions, under its minimum of ${MIN_QUESTIONS_PER_PACK}`
		);
	}
	if (types.size < MIN_QUESTION_TYPES) {
		report(
			pack.id,
			`pack uses ${types.size} question types, under its minimum of ${MIN_QUESTION_TYPES}`
		);
	}
	return problems;
}

function checkLesson(
	lesson: Lesson,
	glossary: Set<string>,
	unique: (kind: string, id: string) => void,
	verbatim: (where: string, quote: string, what?: string) => void,
	report: (where: string, reason: string) => void
) {
	unique('lesson', lesson.id);
	for (const quote of lesson.evidence) verbatim(lesson.id, quote);
	for (const block of lesson.blocks) {
		if (block.kind === 'quote') verbatim(lesson.id, block.quote, 'quoted passage');
		const texts = block.kind === 'text' ? [block.text] : block.kind === 'points' ? block.items : [];
		for (const t of texts) {
			for (const [, term] of t.matchAll(GLOSSARY_LINK)) {
				if (term && !glossary.has(term)) report(lesson.id, `links unknown glossary term "${term}"`);
			}
		}
	}
}

function duplicates(values: readonly string[]): string[] {
	const seen = new Set<string>();
	const dups = new Set<string>();
	for (const v of values) {
		const key = v.trim().toLowerCase();
		if (seen.has(key)) dups.add(v);
		seen.add(key);
	}
	return [...dups];
}

function checkQuestion(
	q: Question,
	objectives: Set<string>,
	verbatim: (where: string, quote: string, what?: string) => void,
	report: (where: string, reason: string) => void
) {
	for (const o of q.objectives)
		if (!objectives.has(o)) report(q.id, `unknown objective tag "${o}"`);
	if (!q.explanation.trim()) report(q.id, 'missing explanation');
	verbatim(q.id, q.evidence);
	for (const { part, quote } of keyParts(q)) {
		if (quote) verbatim(q.id, quote, `evidence for "${part}"`);
		else report(q.id, `no evidence for "${part}": each part of the answer needs its quote`);
	}
	const extra =
		q.type === 'ordering'
			? (q.stepEvidence?.length ?? 0) - q.items.length
			: q.type === 'multi'
				? (q.answerEvidence?.length ?? 0) - q.answers.length
				: 0;
	if (extra > 0)
		report(
			q.id,
			`${extra} evidence ${extra === 1 ? 'quote' : 'quotes'} more than the answer has parts`
		);
	const lists: string[][] = [];
	switch (q.type) {
		case 'single':
		case 'whosaid':
			lists.push(q.options);
			if (!q.options.includes(q.answer))
				report(q.id, `correct answer "${q.answer}" is not an option`);
			if (q.type === 'whosaid') verbatim(q.id, q.quote, 'quote');
			break;
		case 'multi':
			lists.push(q.options, q.answers);
			for (const a of q.answers)
				if (!q.options.includes(a)) report(q.id, `correct answer "${a}" is not an option`);
			break;
		case 'matching':
			lists.push(
				q.pairs.map((p) => p.left),
				q.pairs.map((p) => p.right)
			);
			break;
		case 'ordering':
			lists.push(q.items);
			break;
		case 'short':
			lists.push(q.answers);
			break;
		case 'evidence':
			lists.push(q.sentences);
			for (const s of q.sentences) verbatim(q.id, s, 'sentence');
			for (const a of q.answers)
				if (!q.sentences.includes(a))
					report(q.id, `evidence "${a}" is not one of the sentences shown`);
			break;
		case 'claimfact':
			verbatim(q.id, q.statement, 'statement');
			if (q.answer === 'claim' && !q.claimant) report(q.id, 'a claim needs its claimant');
			break;
	}
	for (const list of lists) {
		for (const d of duplicates(list)) report(q.id, `duplicate option "${d}"`);
	}
}
