import { hasStoredData, onStored } from './presence';

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
}

export const storedData = new StoredData();
