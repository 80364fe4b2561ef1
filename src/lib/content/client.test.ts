import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPack } from './client';

const text = readFileSync('static/packs/micron-ban.json', 'utf8');

afterEach(() => vi.unstubAllGlobals());

describe('the pack in the browser', () => {
	it('is read and checked once, however often it is asked for', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response(text))
		);
		const [a, b] = await Promise.all([fetchPack(), fetchPack()]);
		expect(a).toBe(b);
		expect(a.modules.length).toBeGreaterThan(0);
		expect(fetch).toHaveBeenCalledTimes(1);
	});
});
