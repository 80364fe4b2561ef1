import { describe, expect, it } from 'vitest';
import { assignmentLink, decodeAssignment, encodeAssignment, newAssignmentId } from './assignment';
import { MAX_ASSIGNMENT_CHARS, packQuestionIds, unpackQuestionIds } from './assignment-wire';
import { packChecked, packCode } from './codec';
import {
	checkedRawCode,
	flip,
	makeAssignment,
	makeReceipt,
	questionIds,
	rawCode
} from './factories';
import { encodeReceipt } from './receipt';

const kindOf = (code: string) => {
	const result = decodeAssignment(code);
	return result.ok ? 'ok' : result.error.kind;
};

/** The wire array of the factory assignment, as JSON text with one field replaced. */
function wireWith(index: number, json: string): string {
	const fields = [
		'"k3Xq9-zP_a1B"',
		'"Week 3"',
		'"10B"',
		'"micron-ban"',
		'"1.0.0"',
		'"why.q01,q02"',
		'1',
		'null',
		'60',
		'2',
		'0',
		'1741608000000'
	];
	fields[index] = json;
	return `[${fields.join(',')}]`;
}

describe('assignment codes', () => {
	it('round-trip, unicode and markup kept as data', () => {
		const a = makeAssignment({
			title: "Zoë O'Brien-Łukasz 🙂 <img src=x onerror=alert(1)>",
			className: '10B — Łódź',
			due: null,
			mode: 'practice',
			shuffle: false,
			attemptsAllowed: 0
		});
		const code = encodeAssignment(a);
		expect(code.startsWith('A1.')).toBe(true);
		expect(decodeAssignment(code)).toEqual({ ok: true, assignment: a });
	});

	it('carry how results come back as A2, and still read A1 without it', () => {
		for (const returnBy of ['scan', 'chat', 'file'] as const) {
			const a = makeAssignment({ returnBy });
			const code = encodeAssignment(a);
			expect(code.startsWith('A2.')).toBe(true);
			expect(decodeAssignment(code)).toEqual({ ok: true, assignment: a });
		}
		const old = decodeAssignment(encodeAssignment(makeAssignment()));
		expect(old.ok && old.assignment.returnBy).toBe(undefined);
		// An A1 code with a 13th field, or an A2 code with an unknown way, is no assignment.
		expect(kindOf(packChecked('A', JSON.parse(wireWith(11, '1741608000000,0'))))).toBe('invalid');
		const bad = packChecked('A', JSON.parse(wireWith(11, '1741608000000,3')), 2);
		expect(kindOf(bad)).toBe('invalid');
	});

	it('keep a typical 20-question assignment under 300 characters', () => {
		const a = makeAssignment({ id: newAssignmentId(), questionIds: questionIds(20) });
		expect(new Set(a.questionIds.map((id) => id.split('.')[0])).size).toBe(6);
		expect(encodeAssignment(a).length).toBeLessThan(300);
	});

	it('open from a whole link', () => {
		const a = makeAssignment();
		const link = assignmentLink('https://example.org', '/chips', a);
		expect(link).toBe(`https://example.org/chips/a/#${encodeAssignment(a)}`);
		expect(decodeAssignment(link)).toEqual({ ok: true, assignment: a });
	});

	it('keep question order, module prefixes and odd ids', () => {
		const ids = ['why.q01', 'allies.q02', 'why.q03', 'intro', 'a.b.c', 'a.b.d', 'plain', 'x-y.z-1'];
		expect(unpackQuestionIds(packQuestionIds(ids))).toEqual(ids);
		expect(packQuestionIds(['why.q01', 'why.q02', 'allies.q03'])).toBe('why.q01,q02;allies.q03');
	});
});

describe('assignment ids', () => {
	it('are 12 random base64url characters', () => {
		const ids = Array.from({ length: 50 }, newAssignmentId);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
		expect(new Set(ids).size).toBe(50);
	});
});

describe('rejected assignment codes', () => {
	it('name empty text, text that is no code, and a receipt', () => {
		expect(kindOf('')).toBe('empty');
		expect(kindOf('Hello class!')).toBe('malformed');
		const receipt = decodeAssignment(encodeReceipt(makeReceipt()));
		expect(receipt.ok ? null : receipt.error).toEqual({
			kind: 'wrong-kind',
			message: 'This is a receipt code, not an assignment link.'
		});
	});

	it('tell newer from older versions', () => {
		const newer = decodeAssignment(packCode('A', [], 3));
		const older = decodeAssignment(packCode('A', [], 0));
		expect(newer.ok ? null : newer.error.kind).toBe('other-version');
		expect(newer.ok ? '' : newer.error.message).toMatch(/newer/);
		expect(older.ok ? '' : older.error.message).toMatch(/older/);
	});

	it('refuse bad base64, over-long and truncated codes', () => {
		const code = encodeAssignment(makeAssignment());
		expect(kindOf(`${code.slice(0, 10)}*${code.slice(11)}`)).toBe('malformed');
		expect(kindOf(`A1.${'x'.repeat(MAX_ASSIGNMENT_CHARS)}`)).toBe('too-large');
		expect(['corrupt', 'malformed']).toContain(kindOf(code.slice(0, -5)));
	});

	it('never accept a code with any middle character changed', () => {
		const code = encodeAssignment(makeAssignment({ questionIds: questionIds(12) }));
		const from = Math.floor(code.length / 4);
		const to = Math.ceil((code.length * 3) / 4);
		for (let i = from; i < to; i++) {
			expect(['corrupt', 'tampered', 'malformed']).toContain(kindOf(flip(code, i)));
		}
	});

	it('refuse valid JSON of the wrong shape or types', () => {
		expect(kindOf(checkedRawCode('A', '{"i":"k3Xq9-zP_a1B"}'))).toBe('invalid');
		expect(kindOf(checkedRawCode('A', wireWith(0, '"k3Xq9-zP_a1B"')))).toBe('ok');
		expect(kindOf(checkedRawCode('A', wireWith(8, '"60"')))).toBe('invalid');
		expect(kindOf(checkedRawCode('A', wireWith(8, '101')))).toBe('invalid');
		expect(kindOf(checkedRawCode('A', wireWith(0, '"short"')))).toBe('invalid');
		expect(kindOf(checkedRawCode('A', wireWith(5, '"why.q01,q01"')))).toBe('invalid');
		expect(kindOf(checkedRawCode('A', wireWith(5, '"Why.Q01"')))).toBe('invalid');
		expect(kindOf(checkedRawCode('A', wireWith(7, '"2025-02-30"')))).toBe('invalid');
		expect(kindOf(checkedRawCode('A', wireWith(11, '"1741608000000"')))).toBe('invalid');
		expect(kindOf(checkedRawCode('A', wireWith(11, '1e999')))).not.toBe('ok');
		expect(kindOf(checkedRawCode('A', `${wireWith(0, '"k3Xq9-zP_a1B"').slice(0, -1)},5]`))).toBe(
			'invalid'
		);
	});

	it('refuse a title with nothing visible, and clean bidi and invisible characters away', () => {
		for (const title of [' ', '\u200B', '\u202E\u2066', '\u3164', '']) {
			const json = wireWith(1, JSON.stringify(title));
			expect(kindOf(checkedRawCode('A', json)), JSON.stringify(title)).toBe('invalid');
		}
		const json = wireWith(2, JSON.stringify('\u202E01')).replace(
			'"Week 3"',
			'"Week\u200B 3\u202E"'
		);
		const decoded = decodeAssignment(checkedRawCode('A', json));
		expect(decoded.ok && [decoded.assignment.title, decoded.assignment.className]).toEqual([
			'Week 3',
			'01'
		]);
	});

	it('explain an invalid assignment in a sentence', () => {
		const result = decodeAssignment(checkedRawCode('A', wireWith(6, '"test"')));
		expect(result.ok ? '' : result.error.message).toMatch(/^This assignment link .*\.$/);
	});

	it('refuse a __proto__ key without polluting prototypes', () => {
		const json = wireWith(1, '{"__proto__":{"polluted":true}}');
		expect(kindOf(checkedRawCode('A', json))).toBe('invalid');
		expect(kindOf(rawCode('A', '{"__proto__":{"polluted":true}}'))).toBe('corrupt');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});
});
