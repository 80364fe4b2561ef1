import type { Component } from 'svelte';
import { yieldToBrowser } from '$lib/schedule';

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

	/**
	 * Starts loading, once; a failed load (offline before it was cached) tries again later. The
	 * import runs a task after the one that asks, often a page's hydration or the drawing of
	 * its data: importing adds the preload links of all the component needs.
	 */
	load(): void {
		if (this.#started) return;
		this.#started = true;
		yieldToBrowser()
			.then(this.#load)
			.then(
				(m) => (this.#current = m.default),
				() => (this.#started = false)
			);
	}
}
