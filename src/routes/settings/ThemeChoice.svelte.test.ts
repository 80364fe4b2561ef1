import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ThemeChoice from './ThemeChoice.svelte';

// The stored choice is read when the test says so, to put a learner's click before it.
const store = vi.hoisted(() => ({
	saved: [] as unknown[],
	stored: 'system' as string,
	release: () => {},
	gate: Promise.resolve()
}));

vi.mock('$lib/db/load', () => ({
	load: {
		settings: async () => ({
			readSetting: async (_key: string, parse: (v: unknown) => unknown) => {
				await store.gate;
				return parse(store.stored);
			},
			writeSetting: async (_key: string, value: unknown) => void store.saved.push(value)
		})
	}
}));

beforeEach(() => {
	delete document.documentElement.dataset.theme;
	localStorage.clear();
	store.saved = [];
	store.gate = new Promise<void>((resolve) => (store.release = resolve));
});

describe('the appearance setting', () => {
	it('shows the stored choice once read', async () => {
		store.stored = 'light';
		render(ThemeChoice);
		store.release();
		await waitFor(() => expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked());
	});

	it('shows the theme the page already shows while the stored one is read', async () => {
		// The page's head applied the mirrored choice before it painted.
		document.documentElement.dataset.theme = 'dark';
		store.stored = 'dark';
		render(ThemeChoice);
		await waitFor(() => expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked());
		expect(screen.getByRole('radio', { name: 'Match this device' })).not.toBeChecked();
		store.release();
	});

	it('keeps a choice made before the stored one was read, and saves it', async () => {
		store.stored = 'system';
		render(ThemeChoice);
		const user = userEvent.setup();
		await user.click(screen.getByRole('radio', { name: 'Dark' }));
		store.release();
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent('Saved on this device.')
		);
		await store.gate;
		await new Promise((r) => setTimeout(r, 0));
		expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Match this device' })).not.toBeChecked();
		expect(store.saved).toEqual(['dark']);
		// Mirrored for the next page's first paint.
		expect(localStorage.getItem('chipwise-theme')).toBe('dark');
	});
});
