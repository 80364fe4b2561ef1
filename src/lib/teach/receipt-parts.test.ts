import { describe, expect, it } from 'vitest';
import { makeReceipt, T0, wordyAnswers } from './factories';
import { decodeReceipt, encodeReceipt } from './receipt';
import { joinParts, PartAssembler } from './receipt-assembler';
import { isPart, MAX_PARTS, MAX_QR_CHARS, readPart, receiptQrTexts } from './receipt-parts';

const BASE = 'https://chipwise.example/teach/receipt/#';

function link(student: string, questions = 30, seed = 7): string {
	const credits = Array.from({ length: questions }, (_, i) => (i % 3 ? 1 : 0));
	return BASE + encodeReceipt(makeReceipt(credits, { student }, wordyAnswers(questions, seed)));
}

function assemble(texts: readonly string[]) {
	const assembler = new PartAssembler();
	return texts.map((text) => assembler.add(text));
}

describe('receiptQrTexts', () => {
	it('keeps a receipt that fits one code as its link', () => {
		const short = BASE + encodeReceipt(makeReceipt());
		expect(short.length).toBeLessThanOrEqual(MAX_QR_CHARS);
		expect(receiptQrTexts(short)).toEqual([short]);
	});

	it('splits a long one into parts of about the same length, each a link that fits', () => {
		const long = link('Zoë Lambert');
		const parts = receiptQrTexts(long);
		expect(parts.length).toBeGreaterThan(1);
		// As few as fit: one fewer would make a longer part than a code holds.
		const header = `${BASE}RP.1.${parts.length - 1}.01234567.`.length;
		const code = long.slice(BASE.length);
		expect(header + Math.ceil(code.length / (parts.length - 1))).toBeGreaterThan(MAX_QR_CHARS);
		const lengths = parts.map((p) => p.length);
		expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThan(parts.length);
		for (const [i, part] of parts.entries()) {
			expect(part.length).toBeLessThanOrEqual(MAX_QR_CHARS);
			expect(part).toMatch(new RegExp(`^${BASE}RP\\.${i + 1}\\.${parts.length}\\.[0-9a-f]{8}\\.`));
			expect(isPart(part)).toBe(true);
		}
	});

	it('never makes more than MAX_PARTS parts, however little room a code leaves', () => {
		const long = link('Zoë Lambert', 100);
		const parts = receiptQrTexts(long, BASE.length + 40);
		expect(parts).toHaveLength(MAX_PARTS);
		expect(assemble(parts).at(-1)).toEqual({ kind: 'whole', code: long.slice(BASE.length) });
	});
});

describe('PartAssembler', () => {
	it('gives the whole code back once every part is in, in any order, and says how far it is', () => {
		const long = link('Zoë Lambert', 60);
		const [a = '', b = '', c = '', ...rest] = receiptQrTexts(long);
		const results = assemble([c, a, a, b, ...rest, b]);
		expect(results.slice(0, 3)).toEqual([
			{ kind: 'part', index: 3, count: 3 + rest.length, have: 1 },
			{ kind: 'part', index: 1, count: 3 + rest.length, have: 2 },
			{ kind: 'same' }
		]);
		const whole = results.find((r) => r.kind === 'whole');
		expect(whole).toEqual({ kind: 'whole', code: long.slice(BASE.length) });
		expect(results.at(-1)).toEqual({ kind: 'same' });
		const decoded = decodeReceipt(whole?.kind === 'whole' ? whole.code : '', T0 + 1e6);
		expect(decoded.ok && decoded.receipt.student).toBe('Zoë Lambert');
	});

	it("never mixes two students' parts", () => {
		const zoe = receiptQrTexts(link('Zoë Lambert'));
		const ben = receiptQrTexts(link('Ben Okafor', 30, 11));
		const interleaved = zoe.flatMap((part, i) => [part, ben[i] ?? '']).filter(Boolean);
		const wholes = assemble(interleaved).flatMap((r) => (r.kind === 'whole' ? [r.code] : []));
		expect(wholes.map((code) => decodeReceipt(code, T0 + 1e6))).toMatchObject([
			{ ok: true, receipt: { student: 'Zoë Lambert' } },
			{ ok: true, receipt: { student: 'Ben Okafor' } }
		]);
	});

	it('refuses a part changed on the way, a count that disagrees, and a slice that differs', () => {
		const parts = receiptQrTexts(link('Zoë Lambert'));
		const [first = '', second = '', ...rest] = parts;
		const changed = second.replace(/\.([A-Za-z0-9_-])([^.]*)$/, (_, c: string, tail: string) => {
			return `.${c === 'A' ? 'B' : 'A'}${tail}`;
		});
		expect(changed).not.toBe(second);
		const results = assemble([first, changed, ...rest]);
		expect(results.at(-1)).toEqual({
			kind: 'refused',
			message: `These ${parts.length} codes do not make up one whole receipt: one of them was changed. Ask the student to show their codes again.`
		});

		const assembler = new PartAssembler();
		assembler.add(first);
		const recount = first.replace(/RP\.1\.\d+\./, 'RP.1.9.');
		expect(assembler.add(recount.replace('RP.1.', 'RP.2.'))).toMatchObject({
			kind: 'refused',
			message: expect.stringContaining('has 9 parts, but another of its codes said') as string
		});
		expect(assembler.add(first.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toMatchObject({
			kind: 'refused',
			message: expect.stringContaining('Part 1 of') as string
		});
	});

	it('keeps a bounded number of receipts open', () => {
		const assembler = new PartAssembler();
		const firsts = Array.from({ length: 11 }, (_, i) => receiptQrTexts(link(`S${i}`))[0] ?? '');
		for (const first of firsts) expect(assembler.add(first)).toMatchObject({ kind: 'part' });
		// The first receipt was let go to make room: its first part is new again.
		expect(assembler.add(firsts[0] ?? '')).toMatchObject({ kind: 'part', have: 1 });
		expect(assembler.add(firsts[10] ?? '')).toEqual({ kind: 'same' });
	});
});

describe('readPart', () => {
	const bad = "This looks like part of a receipt but can't be read as one.";
	it.each([
		['part 0', 'RP.0.3.0123abcd.R2.abc', bad],
		['a part past the count', 'RP.4.3.0123abcd.R2.abc', bad],
		['a receipt in one part', 'RP.1.1.0123abcd.R2.abc', bad],
		['more than 20 parts', 'RP.1.21.0123abcd.R2.abc', bad],
		['a leading zero', 'RP.01.3.0123abcd.R2.abc', bad],
		['a checksum in capitals', 'RP.1.3.0123ABCD.R2.abc', bad],
		['no slice', 'RP.1.3.0123abcd.', bad],
		['characters no code has', 'RP.1.3.0123abcd.R2.a<b>', bad],
		['a slice too long', `RP.1.3.0123abcd.${'A'.repeat(1100)}`, 'This is too long to be part']
	])('refuses %s', (_, text, message) => {
		expect(readPart(BASE + text)).toMatchObject({
			ok: false,
			message: expect.stringContaining(message) as string
		});
	});

	it('reads a part from a link or as a bare code', () => {
		const part = { index: 2, count: 3, id: '0123abcd', slice: 'Ab_-.9' };
		expect(readPart(`${BASE}RP.2.3.0123abcd.Ab_-.9`)).toEqual({ ok: true, part });
		expect(readPart(' RP.2.3.0123abcd.Ab_-.9\n')).toEqual({ ok: true, part });
		expect(isPart('R2.abc')).toBe(false);
	});
});

describe('joinParts', () => {
	it('makes whole each receipt whose parts are all there, and says what is missing of others', () => {
		const zoe = receiptQrTexts(link('Zoë Lambert'));
		const ben = receiptQrTexts(link('Ben Okafor', 30, 11));
		const texts = [ben[0] ?? '', ...zoe, 'RP.9.3.0123abcd.x', ben[1] ?? ''];
		expect(joinParts(texts)).toEqual([
			{
				at: [0, zoe.length + 2],
				message: `Only 2 of the ${ben.length} parts of a receipt are here. Paste all ${ben.length} parts, or scan them with the gradebook's scanner.`
			},
			{ at: zoe.map((_, i) => i + 1), code: link('Zoë Lambert').slice(BASE.length) },
			{ at: [zoe.length + 1], message: expect.stringContaining("can't be read as one") as string }
		]);
		expect(joinParts([zoe[1] ?? ''])[0]?.message).toBe(
			`This is part 2 of ${zoe.length} of a receipt. Paste all ${zoe.length} parts, or scan them with the gradebook's scanner.`
		);
	});
});
