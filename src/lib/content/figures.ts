// The pack in figures, as the README states them: questions by type and by module. A test
// checks the README against the pack, so the figures cannot fall behind the content.
import type { Pack, Question } from './schema';

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

/** Two Markdown tables: questions by type (most first), and by module with their sets. */
export function figuresTables(pack: Pack): string {
	const questions = pack.modules.flatMap((m) => m.questions);
	const byType = new Map<Question['type'], number>();
	for (const q of questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
	const types = [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
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
		`| ${pack.finalTest.title} | ${pack.finalTest.questionIds.length} (drawn from the modules) | |`
	];
	return lines.join('\n');
}
