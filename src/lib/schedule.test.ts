import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFrame, afterShown } from './schedule';

/** A browser whose frames come when the test says. */
function frames(visibilityState: 'visible' | 'hidden' = 'visible') {
	const waiting: FrameRequestCallback[] = [];
	vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => waiting.push(f));
	vi.stubGlobal('document', { visibilityState });
	return {
		draw() {
			for (const f of waiting.splice(0)) f(performance.now());
		}
	};
}

describe('waiting for the next frame', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('goes on only after the browser has drawn a frame, not a task later', async () => {
		vi.useFakeTimers();
		const browser = frames();
		let done = false;
		void afterFrame().then(() => (done = true));
		await vi.advanceTimersByTimeAsync(100);
		expect(done).toBe(false);
		browser.draw();
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
	});

	it('does not wait for frames that never come in a hidden tab', async () => {
		vi.useFakeTimers();
		frames('hidden');
		let done = false;
		void afterFrame(250).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(249);
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(done).toBe(true);
	});

	it('waits for a second frame before saying the first one is on the screen', async () => {
		vi.useFakeTimers();
		const browser = frames();
		let done = false;
		void afterShown().then(() => (done = true));
		browser.draw();
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(false);
		browser.draw();
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
	});
});

describe('the page settling', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
		vi.resetModules();
	});

	it('comes once the page is idle, 1.5 s later and idle again, once per load, and is marked', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('document', { readyState: 'complete', visibilityState: 'visible' });
		vi.stubGlobal('requestIdleCallback', (f: () => void) => setTimeout(f, 10));
		const mark = vi.fn();
		vi.stubGlobal('performance', { mark, now: () => 0 });
		const { pageSettled, SETTLED_MARK } = await import('./schedule');
		let done = false;
		const settled = pageSettled();
		void settled.then(() => (done = true));
		await vi.advanceTimersByTimeAsync(1500);
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(20);
		expect(done).toBe(true);
		expect(pageSettled()).toBe(settled);
		expect(mark).toHaveBeenCalledTimes(1);
		expect(mark).toHaveBeenCalledWith(SETTLED_MARK);
	});
});
