import { describe, expect, it } from 'vitest';
import { makeReceipt, T0 } from './factories';
import { receiptCodes, receiptsFile } from './move-receipts';
import { receiptsFromText } from './read-receipts';

const NOW = T0 + 86_400_000;
const receipts = ['Ana', 'Ben <b>', 'Zoë'].map((student) =>
	makeReceipt([1, 0, 1, 1, 0], { student, title: 'Week 3: the ban' })
);

describe('moving receipts to the device that made their assignment', () => {
	it('copies their codes one a line, which that gradebook reads back whole', () => {
		const read = receiptsFromText(receiptCodes(receipts), { now: NOW });
		expect(read.rejected).toBe(0);
		expect(read.receipts).toEqual(receipts);
	});

	it('saves them as one file named by the title, which reads back whole', () => {
		const file = receiptsFile(receipts, 'Week 3: the ban', 'k3Xq9-zP_a1B');
		expect(file.name).toMatch(/^receipts-Week-3.*\.json$/);
		expect(receiptsFromText(file.text, { now: NOW }).receipts).toEqual(receipts);
		expect(receiptsFile(receipts, undefined, 'k3Xq9-zP_a1B').name).toBe(
			'receipts-k3Xq9-zP_a1B.json'
		);
	});
});
