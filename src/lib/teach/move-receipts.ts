// Receipts kept for an assignment another device made, made ready to move there in one step:
// their codes one a line, to paste in that device's gradebook, or one file holding them all,
// which its "choose receipt files" reads (an array of receipt files, see `readReceipts`).
import { filePart } from '$lib/text/file-name';
import { encodeReceipt, RECEIPT_FILE_FORMAT, type Receipt } from './receipt';

/** The receipts' codes, one a line. */
export function receiptCodes(receipts: readonly Receipt[]): string {
	return receipts.map((r) => encodeReceipt(r)).join('\n');
}

/** One file of all the receipts, named by the assignment's title when it is known. */
export function receiptsFile(
	receipts: readonly Receipt[],
	title: string | undefined,
	assignmentId: string
): { name: string; text: string } {
	const what = filePart(title ?? '', filePart(assignmentId, 'assignment'));
	const items = receipts.map((r) => ({ format: RECEIPT_FILE_FORMAT, code: encodeReceipt(r) }));
	return { name: `receipts-${what}.json`, text: `${JSON.stringify(items, null, 2)}\n` };
}
