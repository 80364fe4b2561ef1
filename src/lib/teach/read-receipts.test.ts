import { describe, expect, it } from 'vitest';
import { makeReceipt, T0 } from './factories';
import { MAX_RECEIPTS_READ, MAX_REPORTED } from './limits';
import { readReceipts, receiptsFromText, type ReadProgress } from './read-receipts';
import { encodeReceipt, receiptFile } from './receipt';

const NOW = T0 + 60_000_000;
/** The hostile "receipt file": `[0,0,…]`, 500,000 items, just under 1 MB. */
const zeros = `[${Array.from({ length: 500_000 }, () => 0).join(',')}]`;
/** A 1 MB paste of 130,000 pieces of junk. */
const junk = Array.from({ length: 130_000 }, (_, i) => `x${i % 97}`).join(' ');
const codes = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		encodeReceipt(makeReceipt(undefined, { student: `Student ${i}` }))
	);

describe('reading a hostile receipt file or paste', () => {
	it('reads 500,000 zeros as 500,000 rejected pieces, keeping only the first reasons', () => {
		expect(zeros.length).toBeGreaterThan(1_000_000);
		const read = receiptsFromText(zeros, { now: NOW });
		expect(read.receipts).toEqual([]);
		expect(read.rejected).toBe(500_000);
		expect(read.errors).toHaveLength(MAX_REPORTED);
		expect(read.errors[0]).toEqual({
			index: 0,
			error: expect.objectContaining({ message: 'This is not a Chipwise receipt file.' })
		});
		expect(read.notRead).toBe(0);
	});

	it('reads 130,000 pasted pieces of junk the same way', () => {
		const read = receiptsFromText(junk, { now: NOW });
		expect(read.rejected).toBe(130_000);
		expect(read.errors.map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('decodes at most the limit of codes in one import and counts the rest as not read', () => {
		expect(MAX_RECEIPTS_READ).toBe(500);
		const read = receiptsFromText(['junk', ...codes(8)].join('\n'), { now: NOW, limit: 5 });
		expect(read.receipts.map((r) => r.student)).toEqual([0, 1, 2, 3, 4].map((i) => `Student ${i}`));
		expect(read.indexes).toEqual([1, 2, 3, 4, 5]);
		expect([read.rejected, read.notRead]).toEqual([1, 3]);
	});
});

describe('reading receipts in chunks', () => {
	it('gives the browser turns and reports progress, with the same result as at once', async () => {
		let pauses = 0;
		const seen: ReadProgress[] = [];
		const texts = [codes(45).join(' '), zeros];
		const reads = await readReceipts(texts, {
			now: NOW,
			onProgress: (p) => seen.push(p),
			pause: async () => void (pauses += 1)
		});
		expect(pauses).toBeGreaterThan(10);
		expect(seen.at(0)).toEqual({ done: 20, total: 45 });
		expect(seen.every((p) => p.total === 45 && p.done <= 45)).toBe(true);
		expect(reads.map((r) => [r.receipts.length, r.rejected])).toEqual([
			[45, 0],
			[0, 500_000]
		]);
		expect(reads[1]).toEqual(receiptsFromText(zeros, { now: NOW }));
	});

	it('shares one limit between the texts of an import', async () => {
		const file = receiptFile(makeReceipt(undefined, { student: 'Zoë' })).text;
		const reads = await readReceipts([codes(3).join(' '), file], {
			now: NOW,
			limit: 3,
			pause: async () => {}
		});
		expect(reads.map((r) => [r.receipts.length, r.notRead])).toEqual([
			[3, 0],
			[0, 1]
		]);
	});
});
