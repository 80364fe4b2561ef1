import type { ChipwiseDB } from './db';
import { hasStoredData, onStored } from './presence';

/**
 * A module of read queries, loaded the first time there is something to read: a first visit
 * holds nothing, so its page neither fetches nor runs the code of queries it will not run.
 */
export class LazyReads<M> {
	#module = $state.raw<M | null>(null);
	#failure = $state.raw<unknown>(null);
	#asked = false;
	readonly #load: () => Promise<M>;

	constructor(load: () => Promise<M>) {
		this.#load = load;
	}

	/** The module once loaded, null before; the first call starts loading it. */
	get current(): M | null {
		if (!this.#asked) {
			this.#asked = true;
			this.#load().then(
				(module) => (this.#module = module),
				(failure: unknown) => (this.#failure = failure)
			);
		}
		return this.#module;
	}

	/** Why the module could not be loaded (offline before it was cached), or null. */
	get failure(): unknown {
		return this.#failure;
	}
}

/**
 * Whether this browser holds the app's database, as state a page's reads can wait on. A first
 * visit holds nothing: its reads answer "nothing" without loading the database code (Dexie)
 * or creating the database. It becomes true the moment the database is opened here, by a
 * first save, so what was just saved is read and shown.
 */
export class StoredData {
	#stored = $state<boolean | null>(null);
	#asked = false;
	readonly #ask: () => Promise<boolean>;

	/** `ask` says whether the database exists: the browser's list, or a stand-in in tests. */
	constructor(ask: () => Promise<boolean> = () => hasStoredData()) {
		this.#ask = ask;
		onStored(() => (this.#stored = true));
	}

	/**
	 * For a `Live` read: `query` when this browser holds the database, false when it holds
	 * none (there is nothing to read), null until that is known. The first call asks.
	 */
	read<Q>(query: Q): Q | false | null {
		if (!this.#asked) {
			this.#asked = true;
			void this.#ask().then((stored) => (this.#stored = this.#stored || stored));
		}
		if (this.#stored === null) return null;
		return this.#stored ? query : false;
	}

	/**
	 * `read` for a query from a module loaded only when there is something to read: null while
	 * it loads, and a query that fails with the reason where it cannot be loaded.
	 */
	readFrom<M, T>(
		reads: LazyReads<M>,
		query: (module: M) => (db: ChipwiseDB) => Promise<T>
	): ((db: ChipwiseDB) => Promise<T>) | false | null {
		const stored = this.read(true);
		if (stored !== true) return stored;
		const module = reads.current;
		if (module) return query(module);
		const failure = reads.failure;
		return failure ? () => Promise.reject(failure) : null;
	}
}

export const storedData = new StoredData();
