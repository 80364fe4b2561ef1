import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { swStatus } from '$lib/pwa/sw-status.svelte';
import { FakeContainer } from '$lib/test/service-worker';
import AppNotices from './AppNotices.svelte';

describe('the "ready to use offline" notice', () => {
	beforeEach(async () => {
		// The first install takes control of the page: the app is now ready offline.
		const container = new FakeContainer();
		Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
		await swStatus.register('/service-worker.js');
		container.claim(container.registration.install());
		vi.useFakeTimers();
	});
	afterEach(() => {
		swStatus.dismissOfflineReady();
		Reflect.deleteProperty(navigator, 'serviceWorker');
		vi.useRealTimers();
	});

	it('goes away by itself after a few seconds', () => {
		render(AppNotices);
		expect(screen.getByText('Ready to use offline.')).toBeInTheDocument();
		vi.advanceTimersByTime(6500);
		flushSync();
		expect(screen.queryByText('Ready to use offline.')).not.toBeInTheDocument();
	});

	it('waits while focus is on its button, so a keyboard user can reach it', async () => {
		render(AppNotices);
		const ok = screen.getByRole('button', { name: 'OK' });
		await fireEvent.focusIn(ok);
		vi.advanceTimersByTime(20_000);
		flushSync();
		expect(screen.getByText('Ready to use offline.')).toBeInTheDocument();
		await fireEvent.focusOut(ok);
		vi.advanceTimersByTime(6500);
		flushSync();
		expect(screen.queryByText('Ready to use offline.')).not.toBeInTheDocument();
	});
});
