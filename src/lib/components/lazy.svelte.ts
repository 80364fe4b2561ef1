import type { Component } from 'svelte';

/**
 * A component fetched only when a page first needs it (a notice, a list that may stay empty),
 * so its code stays out of the page's first load. Render `current` once it is set.
 */
export class LazyComponent<Props extends Record<string, unknown> = Record<string, never>> {
	#current = $state<Component<Props> | null>(null);
	#load: () => Promise<{ default: Component<Props> }>;
	#started = false;

	constructor(load: () => Promise<{ default: Component<Props> }>) {
		this.#load = load;
	}

	/** The component once loaded, null before. */
	get current(): Component<Props> | null {
		return this.#current;
	}

	/** Starts loading, once; a failed load (offline before it was cached) tries again later. */
	load(): void {
		if (this.#started) return;
		this.#started = true;
		this.#load().then(
			(m) => (this.#current = m.default),
			() => (this.#started = false)
		);
	}
}
