import { describe, expect, it } from 'vitest';
import { makeReceipt, wordyAnswers } from './factories';
import { encodeReceipt } from './receipt';
import { receiptQrTexts } from './receipt-parts';
import { scanNote, ScanSession, scannedCode, tally, type ScanOutcome } from './scan';

const code = (student: string) => encodeReceipt(makeReceipt(undefined, { student }));

function outcome(over: Partial<ScanOutcome['stored'][number]> | null, messages: string[] = []) {
	const receipt = makeReceipt([1, 1, 1, 0, 1], { student: 'Zoë Lambert' });
	return {
		stored: over ? [{ status: 'added' as const, title: 'Week 3', receipt, ...over }] : [],
		sources: [{ rejected: messages.map((message) => ({ message })) }]
	};
}

describe('scannedCode', () => {
	it('takes the code from a receipt link, or a bare code as it is', () => {
		const c = code('Ada');
		expect(scannedCode(`https://chipwise.example/teach/receipt/#${c}`)).toBe(c);
		expect(scannedCode(` ${c}\n`)).toBe(c);
		expect(scannedCode('https://example.com/menu')).toBe('https://example.com/menu');
		expect(scannedCode('   ')).toBe('');
	});
});

describe('ScanSession', () => {
	it('takes each code once, however often the camera reads it, as a link or a code', () => {
		const session = new ScanSession();
		const ada = code('Ada');
		const ben = code('Ben');
		expect(session.take(`https://chipwise.example/teach/receipt/#${ada}`)).toBe(ada);
		expect(session.take(ada)).toBeNull();
		expect(session.take(`https://other.example/#${ada}`)).toBeNull();
		expect(session.take(ben)).toBe(ben);
		expect(session.take('')).toBeNull();
		expect(session.take('not a receipt')).toBe('not a receipt');
		expect(session.take('not a receipt')).toBeNull();
	});

	it('notes each part of a long receipt once, then gives its whole code once', () => {
		const session = new ScanSession();
		const credits = Array.from({ length: 20 }, (_, i) => (i % 4 ? 1 : 0));
		const whole = encodeReceipt(makeReceipt(credits, { student: 'Zoë' }, wordyAnswers(20)));
		const [first = '', second = '', ...rest] = receiptQrTexts(
			`https://chipwise.example/teach/receipt/#${whole}`
		);
		const count = rest.length + 2;
		expect(count).toBeGreaterThan(2);
		expect(session.take(second)).toEqual({ kind: 'part', index: 2, count, have: 1 });
		expect(session.take(second)).toBeNull();
		expect(session.take(first)).toEqual({ kind: 'part', index: 1, count, have: 2 });
		const taken = rest.map((part) => session.take(part));
		expect(taken.at(-1)).toBe(whole);
		expect([first, second, ...rest].map((part) => session.take(part))).toEqual(
			Array.from({ length: count }, () => null)
		);
		expect(session.take(whole)).toBeNull();
	});

	it('notes a part that cannot be one as refused, once', () => {
		const session = new ScanSession();
		expect(session.take('RP.7.3.0123abcd.R2.x')).toEqual({
			kind: 'rejected',
			student: null,
			message: expect.stringContaining("can't be read as one") as string
		});
		expect(session.take('RP.7.3.0123abcd.R2.x')).toBeNull();
	});

	it('starts afresh in a new session', () => {
		const ada = code('Ada');
		new ScanSession().take(ada);
		expect(new ScanSession().take(ada)).toBe(ada);
	});
});

describe('scanNote', () => {
	it('names the student and score of an added receipt', () => {
		expect(scanNote(outcome({}))).toEqual({
			kind: 'added',
			student: 'Zoë Lambert',
			percent: 80,
			elsewhere: false
		});
		expect(scanNote(outcome({ title: null }))).toMatchObject({ kind: 'added', elsewhere: true });
	});

	it('names the student of a duplicate', () => {
		expect(scanNote(outcome({ status: 'duplicate' }))).toEqual({
			kind: 'duplicate',
			student: 'Zoë Lambert'
		});
	});

	it("gives the import's reason for a receipt refused or a code not read", () => {
		expect(scanNote(outcome({ status: 'rejected', reason: 'Wrong questions.' }))).toEqual({
			kind: 'rejected',
			student: 'Zoë Lambert',
			message: 'Wrong questions.'
		});
		expect(scanNote(outcome(null, ['This is not a receipt code or link.']))).toEqual({
			kind: 'rejected',
			student: null,
			message: 'This is not a receipt code or link.'
		});
		expect(scanNote({ stored: [], sources: [] })).toMatchObject({ kind: 'rejected' });
	});
});

describe('tally', () => {
	it('counts what was added, against the class size when it is known', () => {
		expect(tally(3)).toBe('3 added');
		expect(tally(3, 28)).toBe('3 added · 3 of 28');
		expect(tally(0, 0)).toBe('0 added');
	});
});
