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

describe('a pack file that is not the one this build shipped', () => {
	it('is checked, and a damaged one is refused with the reason', async () => {
		const damaged = JSON.stringify({ ...JSON.parse(text), modules: 'none' });
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response(damaged))
		);
		vi.resetModules();
		const { fetchPack: fresh } = await import('./client');
		await expect(fresh()).rejects.toThrow(/not valid \(modules/);
	});
});
