import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from './compile.server';
import { figuresTables } from './figures';

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
