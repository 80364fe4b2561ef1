import { describe, expect, it } from 'vitest';
import { encodeAssignment } from './assignment';
import { fromWire, toWire, wireShape } from './assignment-wire';
import { unpackChecked } from './codec';
import { makeAssignment } from './factories';

const wire = () => toWire(makeAssignment({ returnBy: 'chat' }));

describe('the wire without the schema', () => {
	it('reads back what a link carries', () => {
		const a = makeAssignment({ returnBy: 'scan', due: null, mode: 'practice' });
		const code = encodeAssignment(a);
		const unpacked = unpackChecked('A', [1, 2], code, 4000, 'tampered');
		if (!unpacked.ok) throw new Error(unpacked.error.message);
		const shaped = wireShape(unpacked.value, 13);
		expect(shaped && fromWire(shaped)).toEqual(a);
		// An A1 link (no way back) has twelve fields.
		expect(wireShape(toWire(makeAssignment()), 12)).not.toBeNull();
		expect(wireShape(toWire(makeAssignment()), 13)).toBeNull();
	});

	it('refuses a field of the wrong type or a number out of range', () => {
		const change = (i: number, value: unknown) => {
			const w: unknown[] = [...wire()];
			w[i] = value;
			return wireShape(w, 13);
		};
		expect(wireShape(wire(), 13)).not.toBeNull();
		expect(wireShape('not an array', 13)).toBeNull();
		expect(change(1, 42)).toBeNull(); // the title
		expect(change(7, 20250314)).toBeNull(); // the due date
		expect(change(7, null)).not.toBeNull();
		expect(change(6, 2)).toBeNull(); // the mode
		expect(change(8, 101)).toBeNull(); // the pass mark
		expect(change(8, 59.5)).toBeNull();
		expect(change(9, 21)).toBeNull(); // attempts
		expect(change(9, -1)).toBeNull();
		expect(change(10, 3)).toBeNull(); // shuffle
		expect(change(12, 3)).toBeNull(); // the way results come back
		expect(change(11, '2025')).toBeNull(); // createdAt
	});
});
