import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNS } from '$lib/test/hostile';
import { hasVisible, visibleText } from '$lib/text/visible';
import { makeAssignment, makeReceipt, questionIds, T0 } from './factories';
import { questionsMatch, receiptMismatch } from './match';
import { EARLIEST_RECEIPT, TIME_SLACK_MS } from './plausible';
import { decodeReceipt, encodeReceipt } from './receipt';

// The machine running these may be shared and slow: the properties, not the time, are tested.
const SLOW = { timeout: 120_000 };
const NOW = T0 + 10 * 24 * 3_600_000;
const BIDI_OR_INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u00AD]/u;

/** Text with the characters that hide or reverse names mixed in. */
const trickyText = fc
	.array(
		fc.oneof(
			fc.string({ maxLength: 4 }),
			fc.constantFrom(
				'\u202E',
				'\u2066',
				'\u200B',
				'\u200D',
				'\u3164',
				'\u2800',
				'\u00AD',
				'\uFEFF',
				' ',
				'\u0301'
			)
		),
		{ maxLength: 12 }
	)
	.map((parts) => parts.join(''));

describe('names from outside', () => {
	it('are shown without bidi or invisible characters, and with something visible', SLOW, () => {
		fc.assert(
			fc.property(trickyText, (student) => {
				const r = decodeReceipt(encodeReceipt(makeReceipt(undefined, { student })), NOW);
				if (r.ok) {
					expect(hasVisible(r.receipt.student)).toBe(true);
					expect(r.receipt.student).not.toMatch(BIDI_OR_INVISIBLE);
					expect(visibleText(r.receipt.student)).toBe(r.receipt.student);
				} else expect(hasVisible(visibleText(student))).toBe(false);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('numbers in a receipt', () => {
	it('are within what is possible whenever a receipt is accepted', SLOW, () => {
		const time = fc.oneof(
			fc.double({ noNaN: false }),
			fc.integer({ min: EARLIEST_RECEIPT - 1000, max: NOW + 2 * 86_400_000 })
		);
		fc.assert(
			fc.property(
				time,
				time,
				fc.double(),
				fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double()),
				(startedAt, finishedAt, timeMs, attemptsUsed) => {
					const receipt = makeReceipt(undefined, { startedAt, finishedAt, timeMs, attemptsUsed });
					const r = decodeReceipt(encodeReceipt(receipt), NOW);
					if (!r.ok) return;
					const x = r.receipt;
					expect(x.startedAt).toBeGreaterThanOrEqual(EARLIEST_RECEIPT);
					expect(x.finishedAt).toBeGreaterThanOrEqual(x.startedAt);
					expect(x.finishedAt).toBeLessThanOrEqual(NOW + 86_400_000);
					expect(x.timeMs).toBeGreaterThanOrEqual(0);
					expect(x.timeMs).toBeLessThanOrEqual(x.finishedAt - x.startedAt + TIME_SLACK_MS);
					expect(Number.isInteger(x.attemptsUsed)).toBe(true);
					expect(x.attemptsUsed).toBeGreaterThanOrEqual(1);
					expect(x.attemptsUsed).toBeLessThanOrEqual(100);
				}
			),
			{ numRuns: RUNS }
		);
	});
});

describe('results against the assignment', () => {
	it('count only when they are exactly its questions, in any order', SLOW, () => {
		const pool = questionIds(30);
		const ids = fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 30 });
		fc.assert(
			fc.property(ids, ids, fc.integer({ min: 1, max: 100 }), (wanted, got, attemptsUsed) => {
				const a = makeAssignment({ questionIds: wanted, attemptsAllowed: 0 });
				const results = got.map((questionId) => ({ questionId, credit: 1, answer: 'x' }));
				const reason = receiptMismatch(a, { results, attemptsUsed });
				const same = got.length === wanted.length && got.every((id) => wanted.includes(id));
				expect(reason === null).toBe(same);
				expect(questionsMatch(wanted, results).matching).toBe(
					got.filter((id) => wanted.includes(id)).length
				);
				if (reason) expect(reason).toMatch(/of \d+ match\): it may come from an earlier/);
			}),
			{ numRuns: RUNS }
		);
	});
});
