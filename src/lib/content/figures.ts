// The pack in figures, as the README states them: questions by type, by module and by the
// reading they ask for. A test checks the README against the pack, so the figures cannot fall
// behind the content.
import type { Pack, Question } from './schema';
import { SKILLS, SKILL_WORDS, type Skill } from './skills';

const TYPE_NAMES: Record<Question['type'], string> = {
	single: 'single choice',
	multi: 'multiple select',
	truefalse: 'true or false',
	matching: 'matching',
	ordering: 'ordering',
	short: 'short answer',
	whosaid: 'who said it',
	claimfact: 'claim or reporting',
	evidence: 'find the evidence'
};

export interface SkillFigures {
	/** Questions by skill; `untagged` counts questions without one. */
	bySkill: Record<Skill | 'untagged', number>;
	total: number;
	/** Questions that ask for more than finding a passage. */
	beyond: number;
	/** The same two counts for the Basics sets and the other sets of the modules. */
	basics: { beyond: number; total: number };
	deeper: { beyond: number; total: number };
}

export function skillFigures(pack: Pack): SkillFigures {
	const questions = pack.modules.flatMap((m) => m.questions);
	const skillOf = new Map(questions.map((q) => [q.id, q.skill]));
	const bySkill = Object.fromEntries([...SKILLS, 'untagged'].map((s) => [s, 0])) as Record<
		Skill | 'untagged',
		number
	>;
	for (const q of questions) bySkill[q.skill ?? 'untagged'] += 1;
	const isBeyond = (id: string) => {
		const skill = skillOf.get(id);
		return skill !== undefined && skill !== 'find';
	};
	const count = (ids: string[]) => ({ beyond: ids.filter(isBeyond).length, total: ids.length });
	const sets = pack.modules.flatMap((m) => m.sets);
	const basicsIds = sets.filter((s) => s.id.endsWith('.basics')).flatMap((s) => s.questionIds);
	const otherIds = sets.filter((s) => !s.id.endsWith('.basics')).flatMap((s) => s.questionIds);
	return {
		bySkill,
		total: questions.length,
		beyond: questions.filter((q) => isBeyond(q.id)).length,
		basics: count(basicsIds),
		deeper: count(otherIds)
	};
}

const percent = (part: number, whole: number) =>
	`${whole ? Math.round((100 * part) / whole) : 0} %`;

/** Three Markdown tables: questions by type (most first), by module with their sets, by skill. */
export function figuresTables(pack: Pack): string {
	const questions = pack.modules.flatMap((m) => m.questions);
	const byType = new Map<Question['type'], number>();
	for (const q of questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
	const types = [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const skills = skillFigures(pack);
	const share = (c: { beyond: number; total: number }) =>
		`${c.beyond} of ${c.total} (${percent(c.beyond, c.total)})`;
	const lines = [
		'| question type | questions |',
		'| --- | --- |',
		...types.map(([type, n]) => `| ${TYPE_NAMES[type]} | ${n} |`),
		`| **all** | **${questions.length}** |`,
		'',
		'| module | questions | in its sets |',
		'| --- | --- | --- |',
		...pack.modules.map(
			(m) =>
				`| ${m.title} | ${m.questions.length} | ${m.sets.map((s) => `${s.title} ${s.questionIds.length}`).join(', ')} |`
		),
		`| ${pack.finalTest.title} | ${pack.finalTest.questionIds.length} (drawn from the modules) | |`,
		'',
		'| reading skill (`skill:`) | the learner must | questions |',
		'| --- | --- | --- |',
		...SKILLS.map((s) => `| \`${s}\` | ${SKILL_WORDS[s].must} | ${skills.bySkill[s]} |`),
		`| **beyond finding a passage** | | **${share(skills)}** |`,
		`| in the Basics sets | | ${share(skills.basics)} |`,
		`| in the Go deeper sets | | ${share(skills.deeper)} |`
	];
	return lines.join('\n');
}
