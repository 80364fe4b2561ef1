import { describe, expect, it } from 'vitest';
import { readPackLink } from '$lib/authoring/pack-link';
import { teacherPack } from '$lib/test/teacher-pack';
import { decodeAssignment } from './assignment';
import { MAX_QR_LINK, packFile, shareAssignment } from './assignment-pack';
import { splitAssignmentFragment } from './assignment-wire';
import { makeAssignment } from './factories';

const onPack = makeAssignment({
	packId: 'northport-lab',
	questionIds: teacherPack().modules[0]!.questions.map((q) => q.id)
});
const fragment = (link: string) => link.slice(link.indexOf('#') + 1);

describe('an assignment link that carries its pack', () => {
	it('holds both codes: the assignment reads back, and the pack reads back whole', () => {
		const share = shareAssignment('https://x.test', '', onPack, teacherPack());
		expect(share.pack).toBe('in-link');
		const parts = splitAssignmentFragment(fragment(share.link));
		const decoded = decodeAssignment(parts.assignment);
		expect(decoded.ok && decoded.assignment).toEqual(onPack);
		const read = readPackLink(parts.pack ?? '');
		expect(read.ok && JSON.parse(read.text)).toEqual(teacherPack());
	});

	it('a small pack fits the QR code too', () => {
		const share = shareAssignment('https://x.test', '', onPack, teacherPack());
		expect(share.qrHasPack).toBe(true);
		expect(share.qr).toBe(share.link);
	});

	it('past what a camera reads, the QR code holds the assignment alone', () => {
		const pack = teacherPack();
		// Text that does not compress: a long summary of varied words.
		const noise = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 100003).toString(36)).join(
			' '
		);
		pack.summary = noise.slice(0, 2000);
		const share = shareAssignment('https://x.test', '', onPack, pack);
		expect(share.pack).toBe('in-link');
		expect(share.link.length).toBeGreaterThan(MAX_QR_LINK);
		expect(share.qrHasPack).toBe(false);
		expect(share.qr).toBe(splitAssignmentFragment(share.link).assignment);
	});

	it('a pack too large for any link is not in it: the link is the assignment alone', () => {
		const pack = teacherPack();
		const words = Array.from({ length: 6000 }, (_, i) => ((i * 104729) % 1000003).toString(36));
		pack.source.paragraphs = [words.join(' ')];
		const share = shareAssignment('https://x.test', '', onPack, pack);
		expect(share.pack).toBe('too-large');
		expect(splitAssignmentFragment(fragment(share.link)).pack).toBeNull();
	});

	it('the built-in pack, or one no longer here, adds nothing to the link', () => {
		const builtIn = shareAssignment('https://x.test', '/base', makeAssignment(), null);
		expect(builtIn).toMatchObject({ pack: 'none', qrHasPack: false });
		expect(builtIn.link.startsWith('https://x.test/base/a/#A1.')).toBe(true);
		expect(splitAssignmentFragment(fragment(builtIn.link)).pack).toBeNull();
		expect(shareAssignment('https://x.test', '', onPack, 'missing').pack).toBe('missing');
	});

	it('a fragment without a pack is the assignment alone', () => {
		expect(splitAssignmentFragment('A1.abc')).toEqual({ assignment: 'A1.abc', pack: null });
		expect(splitAssignmentFragment('A1.abc~')).toEqual({ assignment: 'A1.abc', pack: '' });
	});
});

describe('a pack file', () => {
	it('is named after its title and version, and reads back as the pack', () => {
		const file = packFile(teacherPack());
		expect(file.name).toBe('A-chip-lab-in-Northport-1.0.0.json');
		expect(JSON.parse(file.text)).toEqual(teacherPack());
	});
});
