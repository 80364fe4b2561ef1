import { describe, expect, it, vi } from 'vitest';
import { FakeContainer } from '$lib/test/service-worker';
import { ServiceWorkerStatus } from './sw-status.svelte';

function statusWith(container: FakeContainer | undefined) {
	const reload = vi.fn();
	const status = new ServiceWorkerStatus(() => container?.asContainer, reload);
	return { status, reload };
}

describe('the service worker as the learner sees it', () => {
	it('says nothing in a browser without service workers', async () => {
		const { status } = statusWith(undefined);
		await status.register('/service-worker.js');
		expect([status.offlineReady, status.updateAvailable]).toEqual([false, false]);
	});

	it('is ready offline once the first install takes control, and offers no update for it', async () => {
		const container = new FakeContainer();
		const { status } = statusWith(container);
		await status.register('/service-worker.js');
		const first = container.registration.install();
		first.become('installed');
		expect(status.updateAvailable).toBe(false);
		expect(status.offlineReady).toBe(false);
		first.become('activated');
		container.claim(first);
		expect(status.offlineReady).toBe(true);
		status.dismissOfflineReady();
		expect(status.offlineReady).toBe(false);
	});

	it('offers a new version to a page the old one controls, and reloads once when it takes over', async () => {
		const container = FakeContainer.controlledBy();
		const { status, reload } = statusWith(container);
		await status.register('/service-worker.js');
		const next = container.registration.install();
		expect(status.updateAvailable).toBe(false);
		next.become('installed');
		expect(status.updateAvailable).toBe(true);
		expect(status.offlineReady).toBe(false);

		status.applyUpdate();
		expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
		expect(reload).not.toHaveBeenCalled();
		container.claim(next);
		container.claim(next);
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('offers a version that was already waiting when the page opened', async () => {
		const container = FakeContainer.controlledBy();
		const waiting = container.registration.install();
		waiting.state = 'installed';
		container.registration.waiting = waiting;
		const { status } = statusWith(container);
		await status.register('/service-worker.js');
		expect(status.updateAvailable).toBe(true);
		status.dismissUpdate();
		expect(status.updateAvailable).toBe(false);
		// "Later" keeps the new version waiting: nothing is sent to it.
		expect(waiting.messages).toEqual([]);
	});

	it('does nothing on "Reload" when no version waits', async () => {
		const container = FakeContainer.controlledBy();
		const { status, reload } = statusWith(container);
		await status.register('/service-worker.js');
		status.applyUpdate();
		container.claim(container.registration.install());
		expect(reload).not.toHaveBeenCalled();
	});

	it('keeps the app running when registration fails', async () => {
		const container = new FakeContainer();
		container.failWith = new Error('SecurityError');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { status } = statusWith(container);
		await expect(status.register('/service-worker.js')).resolves.toBeUndefined();
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
	});

	it('looks for a new version when the learner comes back to the app while online', async () => {
		const container = FakeContainer.controlledBy();
		const { status } = statusWith(container);
		await status.register('/service-worker.js');
		vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
		const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
		document.dispatchEvent(new Event('visibilitychange'));
		expect(container.registration.updates).toBe(0);
		online.mockReturnValue(true);
		document.dispatchEvent(new Event('visibilitychange'));
		expect(container.registration.updates).toBe(1);
		vi.restoreAllMocks();
	});
});
