import { afterFrame } from '$lib/schedule';

/**
 * How many rows of a long list to draw now: the first `first` at once, then `part` more after
 * each frame the browser draws, until every row is drawn. No single task draws or lays out a
 * whole class's table, so a phone stays responsive while a page with data fills in. Create it while a component
 * initialises; `total` is read in an effect, so a longer list continues where it stopped.
 * With `first` 0 the rows start a frame after what draws the list, which can be long enough.
 */
export class InParts {
	#count = $state(0);

	constructor(total: () => number, part = 10, first = part) {
		this.#count = first;
		$effect(() => {
			if (this.#count >= total()) return;
			let live = true;
			void afterFrame().then(() => {
				if (live) this.#count += part;
			});
			return () => {
				live = false;
			};
		});
	}

	/** How many rows to draw. */
	get count(): number {
		return this.#count;
	}
}
