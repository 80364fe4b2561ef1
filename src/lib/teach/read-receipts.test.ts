import { describe, expect, it } from 'vitest';
import { makeAssignment, makeReceipt, T0, wordyAnswers } from './factories';
import { MAX_RECEIPTS_READ, MAX_REPORTED } from './limits';
import { readReceipts, receiptsFromText, type ReadProgress } from './read-receipts';
import { encodeAssignment } from './assignment';
import { encodeReceipt, RECEIPT_FILE_FORMAT, receiptFile } from './receipt';
import { receiptQrTexts } from './receipt-parts';

const NOW = T0 + 60_000_000;
/** The hostile "receipt file": `[0,0,…]`, 500,000 items, just under 1 MB. */
const zeros = `[${Array.from({ length: 500_000 }, () => 0).join(',')}]`;
/** A 1 MB paste of 130,000 lines of junk. */
const junk = Array.from({ length: 130_000 }, (_, i) => `x${i % 97}`).join('\n');
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
		expect(read.pieces).toHaveLength(130_000);
	});

	it('reads a 1 MB paste of parts of receipts that never come whole as rejected pieces', () => {
		const parts = Array.from(
			{ length: 45_000 },
			(_, i) => `RP.${(i % 20) + 1}.20.${(i % 9001).toString(16).padStart(8, '0')}.R2.x`
		).join('\n');
		expect(parts.length).toBeGreaterThan(1_000_000);
		const read = receiptsFromText(parts, { now: NOW });
		expect(read.receipts).toEqual([]);
		expect(read.rejected).toBe(9001);
		expect(read.errors[0]?.error.message).toMatch(/^Only 5 of the 20 parts of a receipt are here/);
	});

	it('decodes at most the limit of codes in one import and counts the rest as not read', () => {
		expect(MAX_RECEIPTS_READ).toBe(500);
		const read = receiptsFromText(['junk', ...codes(8)].join('\n'), { now: NOW, limit: 5 });
		expect(read.receipts.map((r) => r.student)).toEqual([0, 1, 2, 3, 4].map((i) => `Student ${i}`));
		expect(read.indexes).toEqual([1, 2, 3, 4, 5]);
		expect([read.rejected, read.notRead]).toEqual([1, 3]);
	});
});

describe('pieces of pasted text', () => {
	const [ada, bob, cy] = codes(3) as [string, string, string];
	const pieces = (text: string) => {
		const read = receiptsFromText(text, { now: NOW });
		return {
			pieces: read.pieces,
			added: read.indexes,
			rejected: read.errors.map((e) => [e.index, e.error.message])
		};
	};

	it('reads a line with no code as one rejected piece, and skips blank lines', () => {
		const text = 'Hi Ms Novak,\n\n   \nhere are the results from 10B!\n\t\nThanks, Ada  ';
		expect(pieces(text)).toEqual({
			pieces: ['Hi Ms Novak,', 'here are the results from 10B!', 'Thanks, Ada'],
			added: [],
			rejected: [0, 1, 2].map((i) => [i, 'This is not a receipt code or link.'])
		});
	});

	it('finds each code or link in a line, and leaves the words around them', () => {
		const text = [
			`Ada: ${ada} (sent Monday)`,
			`https://chipwise.example/teach/receipt/#${bob}, R1.${'A'.repeat(3)}`,
			`“${cy}”.`,
			`<https://chipwise.example/teach/receipt/#${ada}>;${bob}`
		].join('\r\n');
		expect(pieces(text)).toEqual({
			pieces: [ada, bob, cy, ada, bob],
			added: [0, 1, 2, 3, 4],
			rejected: []
		});
	});

	it('does not take a rule number for a code', () => {
		expect(pieces('See rule R2.1 and R1.5 of the handbook').rejected).toEqual([
			[0, 'This is not a receipt code or link.']
		]);
	});

	it('names another kind of code in a line, and one from a newer version', () => {
		const link = `https://chipwise.example/a/#${encodeAssignment(makeAssignment())}`;
		expect(pieces(`Open this: ${link}\nR3.${ada.slice(3)}`).rejected).toEqual([
			[0, 'This is an assignment link, not a receipt code.'],
			[
				1,
				'This receipt code comes from a newer version of Chipwise. Reload the app to update it, then try again.'
			]
		]);
	});

	it('calls a code cut short at any length cut off, not a code with wrong characters', () => {
		const cutOff = 'This receipt code looks cut off or changed. Ask the student to copy it again.';
		for (let n = 7; n < ada.length; n++) {
			expect(pieces(ada.slice(0, n)).rejected, `cut at ${n}`).toEqual([[0, cutOff]]);
		}
		expect(pieces(`${ada.slice(0, 40)}*${ada.slice(41)}`).rejected[0]?.[1]).toBe(
			"This receipt code contains characters that don't belong. Check that it was copied whole."
		);
	});

	it('joins the parts of a long receipt pasted together, where the first of them is', () => {
		const credits = Array.from({ length: 20 }, () => 1);
		const long = encodeReceipt(makeReceipt(credits, { student: 'Zoë' }, wordyAnswers(20)));
		const parts = receiptQrTexts(`https://chipwise.example/teach/receipt/#${long}`);
		const [first = '', ...rest] = parts.map((p) => p.slice(p.indexOf('#') + 1));
		expect(rest.length).toBeGreaterThan(1);
		const text = [`Zoë's codes: ${parts[0] ?? ''}`, ada, ...rest.map((p) => `“${p}”.`)];
		expect(pieces(text.join('\n'))).toEqual({
			pieces: [[first, ...rest].join('\n'), ada],
			added: [0, 1],
			rejected: []
		});
		expect(receiptsFromText(text.join('\n'), { now: NOW }).receipts[0]?.student).toBe('Zoë');
	});

	it('says which part of a long receipt is alone, and keeps its text', () => {
		const long = encodeReceipt(makeReceipt(undefined, { student: 'Zoë' }, wordyAnswers(5, 7, 16)));
		const parts = receiptQrTexts(`https://chipwise.example/teach/receipt/#${long}`);
		expect(parts.length).toBeGreaterThan(1);
		const second = parts[1]?.slice(parts[1].indexOf('#') + 1) ?? '';
		expect(pieces(`${ada}\n${parts[1] ?? ''}`)).toEqual({
			pieces: [ada, second],
			added: [0],
			rejected: [
				[
					1,
					`This is part 2 of ${parts.length} of a receipt. Paste all ${parts.length} parts, or scan them with the gradebook's scanner.`
				]
			]
		});
	});

	it('keeps the text of each piece of a file: its codes, nothing for other items', () => {
		const file = JSON.stringify([{ format: RECEIPT_FILE_FORMAT, code: ada }, 0, 'R1.x']);
		expect(pieces(file)).toMatchObject({ pieces: [ada, '', ''], added: [0] });
		expect(pieces('{"format": "chipwise-re')).toMatchObject({
			pieces: ['{"format": "chipwise-re'],
			rejected: [[0, expect.stringMatching(/file is damaged/)]]
		});
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
