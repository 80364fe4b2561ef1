import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
	it('loads once, and again only after a failure', async () => {
		let calls = 0;
		let fail = true;
		const load = loadOnce(async () => {
			calls += 1;
			if (fail) throw new Error('offline');
			return 'code';
		});
		await expect(load()).rejects.toThrow('offline');
		fail = false;
		const [a, b] = [load(), load()];
		expect(a).toBe(b);
		expect(await a).toBe('code');
		expect(await load()).toBe('code');
		expect(calls).toBe(2);
	});
});
