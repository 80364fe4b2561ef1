import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack, ContentError, packFolders } from './compile.server';
import { formatProblem } from './validate';
import { findQuote } from './text';

const folders = packFolders();

describe('the content packs in the repository', () => {
	it('exist', () => {
		expect(folders.length).toBeGreaterThan(0);
	});

	for (const folder of folders) {
		it(`${folder} validates: schema, ids, quotes, answers, coverage, order`, () => {
			try {
				compilePack(folder);
			} catch (error) {
				if (error instanceof ContentError) {
					expect.fail(error.problems.map(formatProblem).join('\n'));
				}
				throw error;
			}
			expect(true).toBe(true);
		});
	}
});

describe('the Micron pack', () => {
	it('ships the article exactly as the shared source has it', () => {
		const shared = '../shared/source/micron-ban-article.txt';
		const ours = readFileSync('content/packs/micron-ban/source.txt', 'utf8');
		if (existsSync(shared)) expect(ours).toBe(readFileSync(shared, 'utf8'));
		expect(ours).toContain('Mircon');
	});

	it('grounds every question in a verbatim quote of the article', () => {
		const pack = compilePack('content/packs/micron-ban');
		const searchable = [pack.source.headline, ...pack.source.paragraphs];
		const questions = pack.modules.flatMap((m) => m.questions);
		expect(questions.length).toBeGreaterThanOrEqual(100);
		for (const q of questions) {
			expect(findQuote(searchable, q.evidence), `${q.id}: "${q.evidence}"`).not.toBeNull();
		}
	});
});
