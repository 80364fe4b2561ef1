// The order the receipt panel offers the ways of sending a result: the teacher's way first,
// the others folded away; every way alike for an assignment that asks for none.
import { RETURN_WAYS, type ReturnWay } from '$lib/teach/assignment-wire';

export interface SendOrder {
	first: ReturnWay | null;
	others: ReturnWay[];
	/** What the teacher asked, in a sentence; empty when they asked nothing. */
	asked: string;
}

const ASKED: Record<ReturnWay, string> = {
	scan: 'Your teacher asked you to show your receipt’s QR code so they can scan it.',
	chat: 'Your teacher asked you to copy it and paste it in the class chat.',
	file: 'Your teacher asked you to save it as a file and send it to them.'
};

export function sendOrder(way: ReturnWay | undefined): SendOrder {
	if (!way) return { first: null, others: [...RETURN_WAYS], asked: '' };
	return { first: way, others: RETURN_WAYS.filter((w) => w !== way), asked: ASKED[way] };
}
