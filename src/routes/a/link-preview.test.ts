import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '$lib/teach/assignment';
import {
	codeBytes,
	MAX_INFLATED_BYTES,
	packChecked,
	packCode,
	readInflated,
	unpackCode
} from '$lib/teach/codec';
import { makeAssignment, T0 } from '$lib/teach/factories';
import { toWire } from '$lib/teach/assignment-wire';
import { introFacts } from './intro-facts';
import { factsOfCode, previewCode } from './link-preview';

const first = { search: '', hash: '' };
const link = (over = {}) => ({ ...first, hash: `#${encodeAssignment(makeAssignment(over))}` });

/** What the first paint shows at `address`, the link read as the app reads it (fflate). */
function linkPreview(address: { search: string; hash: string }, stored: boolean, now: number) {
	const code = previewCode(address, stored);
	return code === null ? null : factsOfCode(code, unpackCode('A', [1, 2], code, 4000), now);
}

describe('what a link says before the app loads', () => {
	it('shows a link before the app reads anything only on a first visit, without an attempt', () => {
		expect(previewCode({ search: '', hash: '#A2.x' }, false)).toBe('A2.x');
		expect(previewCode({ search: '?attempt=1', hash: '#A2.x' }, false)).toBeNull();
		expect(previewCode({ search: '', hash: '#A2.x' }, true)).toBeNull();
		const shown = linkPreview(link(), false, T0);
		expect(shown).toEqual(introFacts(makeAssignment(), { used: 0, best: null, overdue: false }, 5));
		expect(linkPreview(link(), true, T0)).toBeNull();
		// Past its due date, as the app says it.
		expect(linkPreview(link(), false, T0 + 30 * 864e5)?.overdue).toBe('yes');
	});

	it('shows nothing the app would not show as it stands', () => {
		// A teacher's own lessons: their title is stored on the device, so the app reads it first.
		expect(linkPreview(link({ packId: 'my-pack' }), false, T0)).toBeNull();
		// A changed character the checksum catches, a code cut short, another kind of code.
		const code = encodeAssignment(makeAssignment());
		const wire = toWire(makeAssignment());
		expect(
			linkPreview({ ...first, hash: `#${packChecked('A', wire, 1)}` }, false, T0)
		).not.toBeNull();
		const tampered = packCode('A', ['00000000', wire], 1);
		expect(linkPreview({ ...first, hash: `#${tampered}` }, false, T0)).toBeNull();
		expect(linkPreview({ ...first, hash: `#${code.slice(0, -6)}` }, false, T0)).toBeNull();
		expect(linkPreview({ ...first, hash: '#R1.AAAA' }, false, T0)).toBeNull();
		// Invisible characters leave the title as the schema leaves it; none left, no preview.
		expect(linkPreview(link({ title: 'Week\u200b 5' }), false, T0)?.title).toBe('Week 5');
		expect(linkPreview(link({ title: '\u200b\u200b' }), false, T0)).toBeNull();
		expect(linkPreview(link({ title: 'x'.repeat(121) }), false, T0)).toBeNull();
	});

	it('reads the facts from the bytes whichever inflater gave them', () => {
		// The page's script inflates with the browser's stream, the app with fflate: here zlib.
		const code = encodeAssignment(makeAssignment());
		const body = codeBytes('A', [1, 2], code, 4000);
		if (!body.ok) throw new Error(body.error.message);
		const inflated = new Uint8Array(inflateRawSync(body.bytes));
		expect(factsOfCode(code, readInflated('A', inflated), T0)).toEqual(
			introFacts(makeAssignment(), { used: 0, best: null, overdue: false }, 5)
		);
		// Bytes that did not inflate, or inflated past the cap, show nothing.
		expect(factsOfCode(code, readInflated('A', null), T0)).toBeNull();
		const bomb = new Uint8Array(MAX_INFLATED_BYTES + 1).fill(32);
		expect(factsOfCode(code, readInflated('A', bomb), T0)).toBeNull();
	});
});
