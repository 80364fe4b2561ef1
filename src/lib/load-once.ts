/**
 * `load`, called once and its answer kept: each call returns the same promise. A load that
 * fails is tried again at the next call (a connection that came back).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | null = null;
	return () => {
		const current = (pending ??= load());
		current.catch(() => {
			if (pending === current) pending = null;
		});
		return current;
	};
}
