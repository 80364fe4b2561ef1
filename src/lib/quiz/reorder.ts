// Reordering a short list: by one step with the move buttons, or by dragging a row to a place.

/** `list` with the item at `from` taken out and put back at `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
	const next = [...list];
	const [item] = next.splice(from, 1);
	if (item !== undefined) next.splice(to, 0, item);
	return next;
}

/**
 * Where a dragged row lands: after every other row whose middle it has passed. `middles` are
 * the rows' middles before the drag began; `at` is the dragged row's middle now.
 */
export function dropIndex(middles: readonly number[], from: number, at: number): number {
	return middles.filter((middle, i) => i !== from && middle < at).length;
}

/**
 * How far a row moves aside while another is dragged from `from` to `to`: rows in between
 * make room by one row's `size` (its height and the gap), up or down.
 */
export function shiftWhileDragging(i: number, from: number, to: number, size: number): number {
	if (from < i && i <= to) return -size;
	if (to <= i && i < from) return size;
	return 0;
}
