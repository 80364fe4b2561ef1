import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileValue, mutated, prototypePolluted, RUNS } from '$lib/test/hostile';
import { AssignmentSchema, decodeAssignment, encodeAssignment } from './assignment';
import { packChecked, packCode } from './codec';
import { makeAssignment, makeReceipt } from './factories';
import { decodeReceipt, encodeReceipt } from './receipt';
import { receiptsFromText } from './read-receipts';
import * as v from 'valibot';

// 10,000 runs each: on a shared, busy machine that can take longer than the default 5 s.
const SLOW = { timeout: 120_000 };

const goodAssignment = encodeAssignment(makeAssignment());
const goodReceipt = encodeReceipt(makeReceipt());
const goodDecoded = decodeReceipt(goodReceipt);

/** A decode result is either a clear error or a value that passes the schema. */
function sound(result: { ok: true } | { ok: false; error: { kind: string; message: string } }) {
	if (!result.ok) {
		expect(result.error.message.length).toBeGreaterThan(10);
		expect(result.error.message).not.toMatch(/at .*\(|TypeError|undefined/);
	}
}

describe('assignment links from outside', SLOW, () => {
	it('never crash on damaged codes: a clear error, or (rarely) a valid assignment', () => {
		fc.assert(
			fc.property(mutated(goodAssignment), (code) => {
				const r = decodeAssignment(code);
				sound(r);
				if (r.ok) expect(v.safeParse(AssignmentSchema, r.assignment).success).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it('refuse any well-packed value that is not an assignment, in any version', () => {
		fc.assert(
			fc.property(
				hostileValue,
				fc.constantFrom(0, 1, 2, 99),
				fc.boolean(),
				(value, version, checked) => {
					const code = checked ? packChecked('A', value) : packCode('A', value, version);
					const r = decodeAssignment(code);
					sound(r);
					expect(r.ok).toBe(false);
				}
			),
			{ numRuns: RUNS }
		);
		expect(prototypePolluted()).toBe(false);
	});

	it('refuse random text, huge input and script strings', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					fc.constant('A1.'.padEnd(100_000, 'A'))
				),
				(text) => {
					const r = decodeAssignment(text);
					sound(r);
				}
			),
			{ numRuns: RUNS }
		);
	});
});

describe('receipts from outside', SLOW, () => {
	it('never crash on damaged receipt codes, and never accept a changed one silently', () => {
		fc.assert(
			fc.property(mutated(goodReceipt), (code) => {
				const r = decodeReceipt(code);
				sound(r);
				if (r.ok && code !== goodReceipt) {
					// Only changes that leave the payload as it was (e.g. trailing characters cut from
					// padding-free base64 that decode the same) may pass.
					expect(goodDecoded.ok && r.receipt).toEqual(goodDecoded.ok && goodDecoded.receipt);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('refuse any packed value that is not a receipt', () => {
		fc.assert(
			fc.property(hostileValue, (value) => {
				const r = decodeReceipt(packChecked('R', value));
				sound(r);
				expect(r.ok).toBe(false);
			}),
			{ numRuns: RUNS }
		);
		expect(prototypePolluted()).toBe(false);
	});

	it('read pasted text of any kind without throwing', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					hostileValue.map((x) => JSON.stringify(x) ?? '')
				),
				(text) => {
					const { receipts, errors } = receiptsFromText(text);
					for (const e of errors) expect(e.error.message.length).toBeGreaterThan(10);
					// Codes carry a checksum: no text made at random reads as a receipt.
					expect(receipts).toEqual([]);
				}
			),
			{ numRuns: RUNS }
		);
	});
});
