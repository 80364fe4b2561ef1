// A small pack travels in a link, as an assignment does: `/library/#P1.<code>`, the pack's JSON
// compressed with a checksum. Opening the link adds the pack through the same checks as a file.
import type { Pack } from '$lib/content/schema';
import { packChecked, unpackChecked, type Unpacked } from '$lib/teach/codec';

/** Longest link code made or read: a chat or a message keeps a link of this length whole. */
export const MAX_PACK_LINK_CODE = 8000;
/** Longest code shown as a QR code: beyond it, a phone camera struggles to read it. */
export const MAX_PACK_QR_CODE = 1800;

/** The pack's link code, or null when the pack is too large to travel in a link. */
export function packLinkCode(pack: Pack): string | null {
	const code = packChecked('P', pack);
	return code.length <= MAX_PACK_LINK_CODE ? code : null;
}

/** The pack's text from a link code, to be checked as a file is; or why it cannot be read. */
export function readPackLink(
	code: string
): { ok: true; text: string } | Extract<Unpacked, { ok: false }> {
	const unpacked = unpackChecked(
		'P',
		1,
		code,
		MAX_PACK_LINK_CODE,
		'This pack link was changed after it was made. Ask for the link again.'
	);
	return unpacked.ok ? { ok: true, text: JSON.stringify(unpacked.value) } : unpacked;
}
