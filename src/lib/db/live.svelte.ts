import type { ChipwiseDB } from './db';
import { yieldToBrowser } from '$lib/schedule';

/**
 * A Dexie liveQuery as Svelte 5 state: `current`, `loading` and `error`. Create it while a
 * component initialises. `select` runs in an effect, so the state it reads (a profile id, say)
 * re-subscribes when it changes; it returns the query, null to wait, or false when there is
 * nothing to read (no learner yet: `initial` is the answer). Dexie loads lazily, after first
 * paint, and only for a query. Each answer is drawn in a task of its own, after the one that
 * read it: on a page's load, reading (Dexie's first run) and drawing are two shorter tasks
 * rather than one long one, and of answers that come close together only the last is drawn.
 */
export class Live<T> {
	// Each answer is a new snapshot, never changed in place: kept as it came (`$state.raw`), not
	// wrapped in a deep proxy that makes every row's fields reactive as they are first read.
	#current = $state.raw() as T;
	#loading = $state(true);
	#error = $state<unknown>(null);

	/** The query's latest answer, `initial` until the first. */
	get current(): T {
		return this.#current;
	}
	/** True until the first answer (or failure). */
	get loading(): boolean {
		return this.#loading;
	}
	/** Why the query failed, or null. */
	get error(): unknown {
		return this.#error;
	}

	constructor(select: () => ((db: ChipwiseDB) => Promise<T>) | null | false, initial: T) {
		this.#current = initial;
		$effect(() => {
			const query = select();
			if (query === false) {
				this.#current = initial;
				this.#loading = false;
				this.#error = null;
			}
			if (!query) return;
			let stop = () => {};
			let stopped = false;
			// Importing adds the preload links of Dexie and the database code: in a task after the
			// one that asked (on a page's load, hydration), not in it.
			yieldToBrowser()
				.then(() => import('./observe'))
				.then(({ observe }) => {
					if (stopped) return;
					let latest = 0;
					stop = observe(
						query,
						(value) => {
							const turn = ++latest;
							void yieldToBrowser().then(() => {
								if (stopped || turn !== latest) return;
								this.#current = value;
								this.#loading = false;
								this.#error = null;
							});
						},
						(error) => {
							this.#error = error;
							this.#loading = false;
						}
					);
				})
				.catch((error: unknown) => {
					this.#error = error;
					this.#loading = false;
				});
			return () => {
				stopped = true;
				stop();
			};
		});
	}
}
