import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { LazyComponent } from './lazy.svelte';

const Shown = (() => {}) as unknown as Component;

describe('a component loaded when first needed', () => {
	it('imports in a later task, once, however often it is asked', async () => {
		const importer = vi.fn(() => Promise.resolve({ default: Shown }));
		const lazy = new LazyComponent(importer);
		lazy.load();
		lazy.load();
		// Not in the task that asked: importing adds preload links.
		expect(importer).not.toHaveBeenCalled();
		await vi.waitFor(() => expect(lazy.current).toBe(Shown));
		expect(importer).toHaveBeenCalledTimes(1);
	});

	it('tries again after a failed import (offline before it was stored)', async () => {
		const importer = vi
			.fn<() => Promise<{ default: Component }>>()
			.mockRejectedValueOnce(new TypeError('Failed to fetch'))
			.mockResolvedValue({ default: Shown });
		const lazy = new LazyComponent(importer);
		lazy.load();
		await vi.waitFor(() => expect(importer).toHaveBeenCalledTimes(1));
		await new Promise((r) => setTimeout(r, 10));
		expect(lazy.current).toBeNull();
		lazy.load();
		await vi.waitFor(() => expect(lazy.current).toBe(Shown));
	});
});
