import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from './compile.server';
import { figuresTables, skillFigures } from './figures';

/** A Markdown table's rows as trimmed cells, separator rows and blank lines left out. */
const rows = (markdown: string) =>
	markdown
		.split('\n')
		.filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
		.map((line) =>
			line
				.slice(1, -1)
				.split('|')
				.map((cell) => cell.trim())
		);

describe("the README's content figures", () => {
	it('are the shipped pack\'s (update README "The Micron pack in figures" when they change)', () => {
		const readme = readFileSync('README.md', 'utf8');
		const section = readme
			.split('<!-- content-figures:start -->')[1]
			?.split('<!-- content-figures:end -->')[0];
		expect(section, 'the README has no content figures section').toBeDefined();
		const pack = compilePack('content/packs/micron-ban');
		expect(rows(section ?? '')).toEqual(rows(figuresTables(pack)));
	});
});

describe('the reading the Micron pack asks for', () => {
	const pack = compilePack('content/packs/micron-ban');
	const figures = skillFigures(pack);

	it('is recorded for every question', () => {
		expect(figures.bySkill.untagged).toBe(0);
	});

	it('goes beyond finding a passage in at least 60 % of the questions', () => {
		expect(figures.beyond / figures.total).toBeGreaterThanOrEqual(0.6);
	});

	it('is not one move: no skill makes up half of the questions beyond finding a passage', () => {
		for (const skill of ['voice', 'interpret', 'combine', 'unsaid'] as const) {
			expect(figures.bySkill[skill], skill).toBeGreaterThanOrEqual(5);
			expect(figures.bySkill[skill] / figures.beyond, skill).toBeLessThan(0.5);
		}
	});

	it('keeps the Basics sets a gentle start: easier, and lighter on reading, than Go deeper', () => {
		const questions = new Map(pack.modules.flatMap((m) => m.questions).map((q) => [q.id, q]));
		const basics = pack.modules.flatMap((m) => m.sets.filter((s) => s.id.endsWith('.basics')));
		for (const set of basics) {
			for (const id of set.questionIds) expect(questions.get(id)?.difficulty, id).toBeLessThan(3);
		}
		expect(figures.basics.beyond / figures.basics.total).toBeLessThan(
			figures.deeper.beyond / figures.deeper.total
		);
	});
});
