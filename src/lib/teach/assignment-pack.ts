// An assignment on a pack made or added on this device carries that pack in its link, so a
// student needs nothing else, and no server: `/a/#A1.<assignment>~P1.<pack>`. The pack part is
// read as a pack link is (checksum and size cap, then the same checks as a file); the student's
// pages keep only the assignment part in their addresses.
import { packLinkCode } from '$lib/authoring/pack-link';
import type { Pack } from '$lib/content/schema';
import { filePart } from '$lib/text/file-name';
import { assignmentLink, type Assignment } from './assignment';
import { FRAGMENT_SEPARATOR } from './assignment-wire';

/**
 * Longest link shown as a QR code: a phone camera reads a denser code badly, and a larger one
 * does not fit the format at all.
 */
export const MAX_QR_LINK = 2000;

/** How an assignment is shared: the link, what the QR code holds, and whether each has the pack. */
export interface AssignmentShare {
	link: string;
	qr: string;
	/** The pack goes with the link: 'none' for the pack Chipwise comes with. */
	pack: 'none' | 'in-link' | 'too-large' | 'missing';
	/** The QR code holds the pack too (false when it holds the assignment alone). */
	qrHasPack: boolean;
}

/**
 * The links of an assignment. `pack` is the assignment's pack when it is one made or added on
 * this device (null for the built-in pack); `missing` when it is no longer on this device.
 */
export function shareAssignment(
	origin: string,
	base: string,
	a: Assignment,
	pack: Pack | null | 'missing'
): AssignmentShare {
	const plain = assignmentLink(origin, base, a);
	const alone = (kind: AssignmentShare['pack']) => ({
		link: plain,
		qr: plain,
		pack: kind,
		qrHasPack: false
	});
	if (pack === null) return alone('none');
	if (pack === 'missing') return alone('missing');
	const code = packLinkCode(pack);
	if (!code) return alone('too-large');
	const link = `${plain}${FRAGMENT_SEPARATOR}${code}`;
	const fits = link.length <= MAX_QR_LINK;
	return { link, qr: fits ? link : plain, pack: 'in-link', qrHasPack: fits };
}

/** A pack as one file, named after its title and version: `A-chip-lab-1.1.0.json`. */
export function packFile(pack: Pack): { name: string; text: string } {
	return {
		name: `${filePart(pack.title, pack.id, 60)}-${pack.version}.json`,
		text: `${JSON.stringify(pack, null, '\t')}\n`
	};
}
