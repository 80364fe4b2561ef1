import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDrawn, holdExtras } from './content-first';

/** Whether `promise` has settled once pending timers and promises have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
	let done = false;
	void promise.then(() => (done = true));
	await vi.advanceTimersByTimeAsync(0);
	return done;
}

describe("the layout's extras wait for a page's content", () => {
	afterEach(() => vi.useRealTimers());

	it('come at once where no page holds them', async () => {
		vi.useFakeTimers();
		expect(await settled(contentDrawn())).toBe(true);
	});

	it('wait until the page has drawn its content, and a frame after it', async () => {
		vi.useFakeTimers();
		const release = holdExtras();
		const extras = contentDrawn();
		await vi.advanceTimersByTimeAsync(3000);
		expect(await settled(extras)).toBe(false);
		release();
		// No frame comes in a test: afterFrame's timer stands in for each of the two.
		await vi.advanceTimersByTimeAsync(250);
		expect(await settled(extras)).toBe(false);
		await vi.advanceTimersByTimeAsync(250);
		expect(await settled(extras)).toBe(true);
		expect(await settled(contentDrawn())).toBe(true);
	});

	it('do not wait for ever for a page that never lets them go', async () => {
		vi.useFakeTimers();
		holdExtras(1000);
		const extras = contentDrawn();
		await vi.advanceTimersByTimeAsync(999);
		expect(await settled(extras)).toBe(false);
		await vi.advanceTimersByTimeAsync(501);
		expect(await settled(extras)).toBe(true);
	});
});
