import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { AssignmentShare } from '$lib/teach/assignment-pack';
import { teacherPack } from '$lib/test/teacher-pack';
import PackNote from './PackNote.svelte';

const share = (over: Partial<AssignmentShare>): AssignmentShare => ({
	link: 'https://x.test/a/#A1.x~P1.y',
	qr: 'https://x.test/a/#A1.x~P1.y',
	pack: 'in-link',
	qrHasPack: true,
	...over
});
const save = () => screen.queryByRole('button', { name: 'Save the pack as a file' });

describe("the note on a teacher's pack in an assignment's link", () => {
	it('says the link and QR code carry the pack, and offers no file', () => {
		render(PackNote, { share: share({}), pack: teacherPack() });
		expect(screen.getByRole('note')).toHaveTextContent(
			'The link and the QR code carry your pack “A chip lab in Northport” too'
		);
		expect(save()).toBeNull();
	});

	it('offers the file when the QR code holds the assignment alone', () => {
		render(PackNote, { share: share({ qrHasPack: false }), pack: teacherPack() });
		expect(screen.getByRole('note')).toHaveTextContent('too large for a QR code');
		expect(save()).toBeVisible();
	});

	it('offers the file when the pack is too large for any link', () => {
		render(PackNote, {
			share: share({ pack: 'too-large', qrHasPack: false }),
			pack: teacherPack()
		});
		expect(screen.getByRole('note')).toHaveTextContent('too large to travel in a link');
		expect(save()).toBeVisible();
	});

	it('says when the pack is no longer on this device', () => {
		render(PackNote, { share: share({ pack: 'missing', qrHasPack: false }), pack: 'missing' });
		expect(screen.getByRole('note')).toHaveTextContent('no longer on this device');
		expect(save()).toBeNull();
	});
});
