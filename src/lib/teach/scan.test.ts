import { describe, expect, it } from 'vitest';
import { makeReceipt } from './factories';
import { encodeReceipt } from './receipt';
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
