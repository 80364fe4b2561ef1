import { describe, expect, it } from 'vitest';
import { dropIndex, moveItem, shiftWhileDragging } from './reorder';

describe('reordering', () => {
	it('moves an item to a place, either way, leaving the list as it was', () => {
		const list = ['a', 'b', 'c', 'd'];
		expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
		expect(moveItem(list, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
		expect(moveItem(list, 1, 1)).toEqual(list);
		expect(list).toEqual(['a', 'b', 'c', 'd']);
	});

	it('drops a dragged row after the rows whose middle it has passed', () => {
		const middles = [20, 70, 120, 170];
		expect(dropIndex(middles, 0, 20)).toBe(0);
		expect(dropIndex(middles, 0, 69)).toBe(0);
		expect(dropIndex(middles, 0, 71)).toBe(1);
		expect(dropIndex(middles, 0, 500)).toBe(3);
		expect(dropIndex(middles, 3, 100)).toBe(2);
		expect(dropIndex(middles, 3, -50)).toBe(0);
	});

	it('moves the rows in between aside by one row, and no others', () => {
		const down = [0, 1, 2, 3].map((i) => shiftWhileDragging(i, 0, 2, 50));
		expect(down).toEqual([0, -50, -50, 0]);
		const up = [0, 1, 2, 3].map((i) => shiftWhileDragging(i, 3, 1, 50));
		expect(up).toEqual([0, 50, 50, 0]);
	});
});
