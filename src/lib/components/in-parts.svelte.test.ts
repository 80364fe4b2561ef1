import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { InParts } from './in-parts.svelte';

function inParts(total: () => number, part: number, first = part) {
	let made: InParts | undefined;
	const stop = $effect.root(() => {
		made = new InParts(total, part, first);
	});
	flushSync();
	return { parts: made as InParts, stop };
}

describe('drawing a long list in parts', () => {
	it('draws the first part at once and the rest a part a frame, up to the whole list', async () => {
		const { parts, stop } = inParts(() => 25, 10);
		expect(parts.count).toBe(10);
		await expect.poll(() => parts.count).toBe(30);
		await new Promise((r) => setTimeout(r, 20));
		expect(parts.count).toBe(30);
		stop();
	});

	it('can start with none, the first part a frame later', async () => {
		const { parts, stop } = inParts(() => 15, 10, 0);
		expect(parts.count).toBe(0);
		await expect.poll(() => parts.count).toBe(20);
		stop();
	});

	it('goes on when the list grows, and stops when it is torn down', async () => {
		let total = $state(5);
		const { parts, stop } = inParts(() => total, 10);
		await new Promise((r) => setTimeout(r, 20));
		expect(parts.count).toBe(10);
		total = 15;
		flushSync();
		await expect.poll(() => parts.count).toBe(20);
		total = 100;
		flushSync();
		stop();
		await new Promise((r) => setTimeout(r, 20));
		expect(parts.count).toBeLessThanOrEqual(30);
	});
});
