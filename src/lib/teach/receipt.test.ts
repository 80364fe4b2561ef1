import { describe, expect, it } from 'vitest';
import { encodeAssignment } from './assignment';
import { checkedRawCode, DAY, flip, makeAssignment, makeReceipt, rawCode, T0 } from './factories';
import { checksum, packCode } from './codec';
import {
	decodeReceipt,
	encodeReceipt,
	MAX_RECEIPT_CHARS,
	receiptFile,
	type Receipt
} from './receipt';
import { receiptsFromText } from './read-receipts';

const kindOf = (code: string) => {
	const result = decodeReceipt(code);
	return result.ok ? 'ok' : result.error.kind;
};

/** The factory receipt as wire JSON, with `edit` applied to the array first. */
function wireJson(edit: (wire: unknown[]) => void, r: Receipt = makeReceipt()): string {
	const wire: unknown[] = [
		r.assignmentId,
		r.student,
		[r.score.credit, r.score.total, r.score.percent],
		r.results.map((x) => [x.questionId, x.credit, x.answer]),
		r.timeMs,
		r.startedAt,
		r.finishedAt,
		r.attemptsUsed,
		r.appVersion,
		r.contentVersion
	];
	edit(wire);
	return JSON.stringify(wire);
}

/** Text no compressor can shrink much, from a fixed seed. */
function noise(length: number, seed: number): string {
	let state = seed;
	return Array.from({ length }, () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return String.fromCharCode(33 + (state % 90));
	}).join('');
}

describe('receipt codes', () => {
	it('round-trip, unicode and markup kept verbatim', () => {
		for (const student of ["Zoë O'Brien-Łukasz 🙂", '<img src=x onerror=alert(1)>']) {
			const r = makeReceipt([1, 0.5, 0], { student }, ['<b>Japan</b>', 'A; B', '(no answer)']);
			const code = encodeReceipt(r);
			expect(code.startsWith('R1.')).toBe(true);
			expect(decodeReceipt(code)).toEqual({ ok: true, receipt: r });
		}
	});

	it('agree with the wire layout the tests below forge', () => {
		expect(
			decodeReceipt(
				checkedRawCode(
					'R',
					wireJson(() => {})
				)
			)
		).toEqual({
			ok: true,
			receipt: makeReceipt()
		});
	});

	it('cut answers to 200 characters without splitting an emoji', () => {
		const long = `${'a'.repeat(198)}🙂🙂🙂`;
		const decoded = decodeReceipt(encodeReceipt(makeReceipt([1], {}, [long])));
		const answer = decoded.ok ? (decoded.receipt.results[0]?.answer ?? '') : '';
		expect(answer).toBe(`${'a'.repeat(198)}…`);
	});

	it('shorten answers, never scores, when 100 long answers would not fit', () => {
		const credits = Array.from({ length: 100 }, (_, i) => i % 2);
		const r = makeReceipt(
			credits,
			{},
			credits.map((_, i) => noise(200, i))
		);
		const code = encodeReceipt(r);
		expect(code.length).toBeLessThanOrEqual(MAX_RECEIPT_CHARS);
		const decoded = decodeReceipt(code);
		if (!decoded.ok) throw new Error(decoded.error.message);
		expect(decoded.receipt.score).toEqual(r.score);
		expect(decoded.receipt.results.map((x) => x.credit)).toEqual(credits);
		expect(decoded.receipt.results[0]?.answer.length).toBeLessThan(200);
	});

	it('catch a changed result, even one that decodes', () => {
		const forged = wireJson((w) => ((w[2] as number[])[2] = 100));
		const code = rawCode('R', `["${checksum(wireJson(() => {}))}",${forged}]`);
		const result = decodeReceipt(code);
		expect(result.ok ? null : result.error).toEqual({
			kind: 'tampered',
			message: 'This receipt has been changed or damaged since it was made.'
		});
	});
});

describe('rejected receipts', () => {
	const code = encodeReceipt(makeReceipt());

	it('name empty text, text that is no code, and an assignment link', () => {
		expect(kindOf(' \n')).toBe('empty');
		expect(kindOf('my-score-was-80%')).toBe('malformed');
		const assignment = decodeReceipt(encodeAssignment(makeAssignment()));
		expect(assignment.ok ? null : assignment.error).toEqual({
			kind: 'wrong-kind',
			message: 'This is an assignment link, not a receipt code.'
		});
	});

	it('tell newer from older versions, bad base64, truncation and length', () => {
		expect(kindOf(packCode('R', [], 3))).toBe('other-version');
		expect(kindOf(packCode('R', [], 0))).toBe('other-version');
		expect(kindOf(code.replace('R1.', 'R1.!'))).toBe('malformed');
		expect(['corrupt', 'malformed']).toContain(kindOf(code.slice(0, -5)));
		expect(kindOf(`R1.${'A'.repeat(MAX_RECEIPT_CHARS)}`)).toBe('too-large');
	});

	it('never accept a code with any middle character changed', () => {
		const from = Math.floor(code.length / 4);
		for (let i = from; i < code.length - from; i++) {
			expect(['corrupt', 'tampered', 'malformed']).toContain(kindOf(flip(code, i)));
		}
	});

	it('refuse valid JSON with wrong types or numbers that disagree', () => {
		const bad = (edit: (w: unknown[]) => void) => kindOf(checkedRawCode('R', wireJson(edit)));
		expect(bad((w) => (w[1] = 42))).toBe('invalid');
		expect(bad((w) => (w[1] = '   '))).toBe('invalid');
		expect(bad((w) => (w[1] = 'x'.repeat(61)))).toBe('invalid');
		expect(bad((w) => (w[2] = [3.5, 4, 70]))).toBe('invalid');
		expect(bad((w) => ((w[3] as unknown[][]).at(0)![1] = 2))).toBe('invalid');
		expect(bad((w) => ((w[3] as unknown[][]).at(0)![2] = 'x'.repeat(201)))).toBe('invalid');
		expect(bad((w) => (w[5] = (w[6] as number) + 1))).toBe('invalid');
		expect(bad((w) => (w[6] = 1e300))).toBe('invalid');
		expect(bad((w) => (w[7] = 1.5))).toBe('invalid');
		expect(bad((w) => w.push('extra'))).toBe('invalid');
		expect(
			kindOf(
				checkedRawCode(
					'R',
					wireJson(() => {}),
					2
				)
			)
		).toBe('invalid');
		expect(kindOf(checkedRawCode('R', '{"student":"Ada"}'))).toBe('invalid');
	});

	it('refuse a __proto__ key without polluting prototypes', () => {
		const json = wireJson((w) => (w[3] = ['RESULTS'])).replace(
			'["RESULTS"]',
			'{"__proto__":{"polluted":true},"length":1}'
		);
		expect(kindOf(checkedRawCode('R', json))).toBe('invalid');
		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(Array.prototype).not.toHaveProperty('polluted');
	});
});

describe("a receipt with its assignment's title", () => {
	it('reads back with the title, as text without invisible characters', () => {
		const r = makeReceipt(undefined, { title: 'Week\u202e 3' });
		const code = encodeReceipt(r);
		expect(code.startsWith('R2.')).toBe(true);
		const decoded = decodeReceipt(code, T0 + DAY);
		expect(decoded.ok && decoded.receipt.title).toBe('Week 3');
		expect(encodeReceipt(makeReceipt()).startsWith('R1.')).toBe(true);
		expect(receiptFile(r).name).toBe('receipt-Ada-Lovelace-Week-3.json');
	});

	it('refuses a title longer than a title can be', () => {
		const code = encodeReceipt(makeReceipt(undefined, { title: 'x'.repeat(121) }));
		expect(kindOf(code)).toBe('invalid');
	});
});

describe('receipt files', () => {
	it('makes a safe file that reads back', () => {
		const r = makeReceipt(undefined, { student: 'Zoë <img src=x onerror=alert(1)> / ../' });
		const file = receiptFile(r, 'Micron ban: week 3?');
		expect(file.name).toBe('receipt-Zoë-img-src-x-onerror-alert-1-Micron-ban-week-3.json');
		expect(JSON.parse(file.text)).toMatchObject({ format: 'chipwise-receipt' });
		expect(receiptsFromText(file.text)).toMatchObject({ receipts: [r], errors: [], rejected: 0 });
		expect(receiptFile(makeReceipt(undefined, { student: '🙂' })).name).toBe(
			'receipt-student-k3Xq9-zP_a1B.json'
		);
	});
});

describe('receipts from pasted text', () => {
	const ada = makeReceipt([1, 1, 1, 1, 1]);
	const zoe = makeReceipt([0, 0, 1, 1, 1], { student: 'Zoë', finishedAt: T0 + 200_000 });

	it('reads codes and whole links, and says which pieces failed', () => {
		const text = [
			encodeReceipt(ada),
			`https://example.org/teach/receipt/#${encodeReceipt(zoe)}`,
			'hello',
			encodeAssignment(makeAssignment()),
			encodeReceipt(ada).slice(0, -5)
		].join('\n  \n');
		const { receipts, errors } = receiptsFromText(text);
		expect(receipts).toEqual([ada, zoe]);
		expect(errors.map((e) => [e.index, e.error.kind])).toEqual([
			[2, 'malformed'],
			[3, 'wrong-kind'],
			[4, expect.stringMatching(/corrupt|malformed/)]
		]);
	});

	it('reads a file holding an array, and refuses items that are not receipts', () => {
		const files = [ada, zoe].map((r) => JSON.parse(receiptFile(r).text) as unknown);
		const text = JSON.stringify([...files, { format: 'other', code: encodeReceipt(ada) }]);
		const { receipts, errors } = receiptsFromText(text);
		expect(receipts).toEqual([ada, zoe]);
		expect(errors).toEqual([{ index: 2, error: expect.objectContaining({ kind: 'malformed' }) }]);
	});

	it('reports a damaged file once, and empty text', () => {
		expect(receiptsFromText('{"format": "chipwise-receipt", "co').errors).toHaveLength(1);
		expect(receiptsFromText('  ').errors[0]?.error.kind).toBe('empty');
	});

	it('ignores __proto__ in a file', () => {
		const text = `{"__proto__":{"polluted":true},"format":"chipwise-receipt","code":"${encodeReceipt(ada)}"}`;
		expect(receiptsFromText(text).receipts).toEqual([ada]);
		expect(Object.prototype).not.toHaveProperty('polluted');
	});
});
