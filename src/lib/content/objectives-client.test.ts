import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPack } from './client';

const text = readFileSync('static/packs/micron-ban.json', 'utf8');
const objectivesText = readFileSync('static/packs/micron-ban.objectives.json', 'utf8');
const serve = (body: string, status = 200) =>
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(body, { status }))
	);

afterEach(() => vi.unstubAllGlobals());

/** A fresh copy of the module: what it fetched before is forgotten. */
const client = async () => {
	vi.resetModules();
	return import('./objectives-client');
};

describe("the pack's objectives in the browser", () => {
	it('gives each question the same objectives as the whole pack does, from a file a tenth its size', async () => {
		expect(objectivesText.length).toBeLessThan(text.length / 10);
		serve(text);
		const pack = await fetchPack();
		serve(objectivesText);
		const { fetchObjectives } = await client();
		const objectives = await fetchObjectives();
		// Asked again, it is read once.
		expect(await fetchObjectives()).toBe(objectives);
		expect(fetch).toHaveBeenCalledTimes(1);
		const questions = pack.modules.flatMap((m) => m.questions);
		expect(objectives.size).toBe(questions.length);
		for (const q of questions) expect(objectives.get(q.id)).toEqual(q.objectives);
	});

	it('refuses objectives that are not lists of ids, too large a file, or a missing one, and asks again next time', async () => {
		const { fetchObjectives } = await client();
		serve(JSON.stringify({ q1: 'the-ban.o1' }));
		await expect(fetchObjectives()).rejects.toThrow();
		serve(JSON.stringify({ q1: [1] }));
		await expect(fetchObjectives()).rejects.toThrow();
		serve(JSON.stringify({ q1: ['x'.repeat(600 * 1024)] }));
		await expect(fetchObjectives()).rejects.toThrow('too large');
		serve('Not found', 404);
		await expect(fetchObjectives()).rejects.toThrow('could not be loaded (404)');
	});
});
