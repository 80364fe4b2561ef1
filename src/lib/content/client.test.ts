import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchObjectives, fetchPack } from './client';

const text = readFileSync('static/packs/micron-ban.json', 'utf8');
const serve = (body: string, status = 200) =>
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(body, { status }))
	);

afterEach(() => vi.unstubAllGlobals());

describe('the pack in the browser', () => {
	it('gives each question the same objectives as the whole pack does', async () => {
		serve(text);
		const [pack, objectives] = await Promise.all([fetchPack(), fetchObjectives()]);
		const questions = pack.modules.flatMap((m) => m.questions);
		expect(objectives.size).toBe(questions.length);
		for (const q of questions) expect(objectives.get(q.id)).toEqual(q.objectives);
	});

	it('refuses a pack whose questions have no objectives, or a missing one', async () => {
		serve(JSON.stringify({ modules: [{ questions: [{ id: 'q1' }] }] }));
		await expect(fetchObjectives()).rejects.toThrow();
		serve('Not found', 404);
		await expect(fetchObjectives()).rejects.toThrow('could not be loaded (404)');
	});
});
