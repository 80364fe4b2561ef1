// A teacher's pack checked as the shipped one is, with each problem tied to the field it is
// about, in words a teacher can act on ("Write something here", not "Invalid length").
import * as v from 'valibot';
import { Pack } from '$lib/content/schema';
import { validatePack } from '$lib/content/validate';

/** A problem and where it is: a dot path into the pack ("modules.0.questions.2.answer"). */
export interface FieldProblem {
	path: string;
	message: string;
}

type Issue = v.InferIssue<typeof Pack>;

const NOT_A_PACK = 'This is not a content pack.';

const size = (input: unknown) =>
	typeof input === 'string' || Array.isArray(input) ? input.length : 0;

/** Plain words for a schema issue. */
export function issueMessage(issue: Issue): string {
	const { type, input } = issue;
	const requirement = 'requirement' in issue ? issue.requirement : undefined;
	if (input === undefined && issue.kind === 'schema') return 'Fill this in.';
	if (!issue.path?.length) return NOT_A_PACK;
	switch (type) {
		case 'min_length':
			return typeof input === 'string'
				? 'Write something here.'
				: `Add at least ${String(requirement)}.`;
		case 'max_length':
			return typeof input === 'string'
				? `Keep this to ${String(requirement)} characters or fewer (it has ${size(input)}).`
				: `At most ${String(requirement)} here (there are ${size(input)}).`;
		case 'picklist':
		case 'literal':
		case 'variant':
			return 'Choose one of the choices offered.';
		case 'url':
			return 'This is not a web address: it should start with https://.';
		case 'iso_date':
			return 'Write the date as YYYY-MM-DD, like 2023-05-22.';
		case 'integer':
			return 'Use a whole number.';
		case 'min_value':
			return `Use a number of at least ${String(requirement)}.`;
		case 'max_value':
			return `Use a number of at most ${String(requirement)}.`;
		case 'string':
			return 'This should be text.';
		case 'number':
			return 'Write a number.';
		case 'regex':
			// The schema's own message says what the pattern wants.
			return issue.message.startsWith('Invalid')
				? 'This is not in the expected form.'
				: issue.message;
		default:
			return issue.message;
	}
}

/** Where each id of a pack stands, as a dot path. */
function idPaths(pack: Pack): Map<string, string> {
	const paths = new Map<string, string>([[pack.id, '']]);
	pack.objectives.forEach((o, i) => paths.set(o.id, `objectives.${i}`));
	pack.glossary.forEach((g, i) => paths.set(g.id, `glossary.${i}`));
	pack.timeline.forEach((t, i) => paths.set(t.id, `timeline.${i}`));
	paths.set(pack.finalTest.id, 'finalTest');
	pack.modules.forEach((m, i) => {
		paths.set(m.id, `modules.${i}`);
		m.lessons.forEach((l, j) => paths.set(l.id, `modules.${i}.lessons.${j}`));
		m.questions.forEach((q, j) => paths.set(q.id, `modules.${i}.questions.${j}`));
		m.sets.forEach((s, j) => paths.set(s.id, `modules.${i}.sets.${j}`));
	});
	return paths;
}

/**
 * Checks a teacher's pack: the schema first (each issue at its field), then the content rules
 * (quotes word for word, answers among the options, ids unique...) at the item they are about.
 * Returns the pack when there is no problem, so it can be published.
 */
export function checkPack(input: unknown): { pack: Pack | null; problems: FieldProblem[] } {
	if (typeof input !== 'object' || input === null || Array.isArray(input))
		return { pack: null, problems: [{ path: '', message: NOT_A_PACK }] };
	const parsed = v.safeParse(Pack, input);
	if (!parsed.success) {
		const problems = parsed.issues.map((issue) => ({
			path: v.getDotPath(issue) ?? '',
			message: issueMessage(issue)
		}));
		return { pack: null, problems };
	}
	const paths = idPaths(parsed.output);
	const problems = validatePack(parsed.output, { editorial: false }).map((p) => ({
		path: paths.get(p.where) ?? '',
		message: p.reason.charAt(0).toUpperCase() + p.reason.slice(1)
	}));
	return { pack: problems.length ? null : parsed.output, problems };
}

/** The problems at `path` itself (not those inside it). */
export function problemsAt(problems: readonly FieldProblem[], path: string): string[] {
	return problems.filter((p) => p.path === path).map((p) => p.message);
}
