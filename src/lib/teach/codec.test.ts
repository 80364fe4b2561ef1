import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	checksum,
	fromBase64Url,
	packChecked,
	packCode,
	toBase64Url,
	unpackChecked,
	unpackCode
} from './codec';
import { rawCode } from './factories';

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);

describe('base64url', () => {
	it('round-trips every length, with no padding', () => {
		for (let n = 0; n < 40; n++) {
			const text = toBase64Url(bytes(n));
			expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
			expect(fromBase64Url(text)).toEqual(bytes(n));
		}
	});

	it('agrees with the platform encoder', () => {
		const b64 = Buffer.from(bytes(100)).toString('base64url');
		expect(toBase64Url(bytes(100))).toBe(b64);
	});

	it('refuses foreign characters, impossible lengths and stray bits', () => {
		expect(fromBase64Url('ab+c')).toBeNull();
		expect(fromBase64Url('ab=c')).toBeNull();
		expect(fromBase64Url('abé')).toBeNull();
		expect(fromBase64Url('abcde')).toBeNull();
		expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
		expect(fromBase64Url('AB')).toBeNull();
	});
});

describe('checksum', () => {
	it('is CRC-32 of the UTF-8 bytes', () => {
		expect(checksum('123456789')).toBe('cbf43926');
		expect(checksum('')).toBe('00000000');
		expect(checksum('Zoë 🙂')).toMatch(/^[0-9a-f]{8}$/);
		expect(checksum('Zoë 🙂')).not.toBe(checksum('Zoe 🙂'));
	});
});

describe('codes', () => {
	const value = { name: "Zoë O'Brien-Łukasz 🙂", list: [1, 2.5, null, true] };

	it('round-trips a value, from a code or a whole pasted link', () => {
		const code = packCode('A', value);
		expect(code).toMatch(/^A1\.[A-Za-z0-9_-]+$/);
		expect(unpackCode('A', 1, code, 4000)).toEqual({ ok: true, value });
		const link = `  https://example.org/app/a/#${code}\n`;
		expect(unpackCode('A', 1, link, 4000)).toEqual({ ok: true, value });
	});

	it('names what is missing or wrong', () => {
		const kind = (code: string, max = 4000) => {
			const result = unpackCode('A', 1, code, max);
			return result.ok ? 'ok' : result.error.kind;
		};
		expect(kind('   ')).toBe('empty');
		expect(kind('https://example.org/a/#')).toBe('empty');
		expect(kind('hello there')).toBe('malformed');
		expect(kind('X1.AAAA')).toBe('malformed');
		expect(kind(packCode('R', value))).toBe('wrong-kind');
		expect(kind(packCode('A', value, 2))).toBe('other-version');
		expect(kind('A1.abc$def')).toBe('malformed');
		expect(kind(`A1.${'A'.repeat(5000)}`)).toBe('too-large');
		expect(kind(rawCode('A', '{"open": '))).toBe('corrupt');
		expect(kind('A1.____')).toBe('corrupt');
	});

	it('explains versions and kinds in plain sentences', () => {
		const message = (code: string) => {
			const result = unpackCode('A', 2, code, 4000);
			return result.ok ? '' : result.error.message;
		};
		expect(message(packCode('A', 1, 3))).toMatch(/newer version/);
		expect(message(packCode('A', 1, 1))).toMatch(/older version/);
		expect(message(packCode('R', 1, 2))).toBe('This is a receipt code, not an assignment link.');
		expect(message('Hello')).toBe(
			'This is not an assignment link. Check that it was copied whole.'
		);
		expect(message(`A2.${'A'.repeat(4001)}`)).toBe('This is too long to be an assignment link.');
	});

	it('says a code cut short looks cut off, at any length, and who can send it again', () => {
		const message = (prefix: string, code: string) => {
			const result = unpackCode(prefix, 1, code, 4000);
			return result.ok ? '' : result.error.message;
		};
		const receipt = packCode('R', value);
		const link = packCode('A', value);
		for (let n = 3; n < receipt.length; n++) {
			expect(message('R', receipt.slice(0, n)), `cut at ${n}`).toBe(
				'This receipt code looks cut off or changed. Ask the student to copy it again.'
			);
		}
		expect(message('A', link.slice(0, -5))).toBe(
			'This assignment link looks cut off or changed. Check that it was copied whole.'
		);
		// Only a character outside base64url is told apart from a cut.
		expect(message('R', `${receipt.slice(0, 10)}!${receipt.slice(11)}`)).toBe(
			"This receipt code contains characters that don't belong. Check that it was copied whole."
		);
	});

	it('checks the length before decoding anything', () => {
		const code = packCode('A', 'x'.repeat(50));
		const result = unpackCode('A', 1, code, code.length - 1);
		expect(result.ok ? null : result.error.kind).toBe('too-large');
	});

	it('refuses a zip bomb without inflating it', () => {
		const bomb = `R1.${toBase64Url(deflateSync(new Uint8Array(5_000_000), { level: 9 }))}`;
		expect(bomb.length).toBeLessThan(12000);
		const result = unpackCode('R', 1, bomb, 12000);
		expect(result.ok ? null : result.error.kind).toBe('corrupt');
	});

	it('leaves Object.prototype alone when the payload names __proto__', () => {
		const result = unpackCode('A', 1, rawCode('A', '{"__proto__":{"polluted":true}}'), 4000);
		expect(result.ok).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('checked codes', () => {
	it('round-trip and catch a changed value', () => {
		const code = packChecked('R', ['Ada', 3]);
		expect(unpackChecked('R', 1, code, 4000, 'changed')).toEqual({ ok: true, value: ['Ada', 3] });
		const forged = rawCode('R', `["${checksum('["Ada",3]')}",["Ada",4]]`);
		expect(unpackChecked('R', 1, forged, 4000, 'changed')).toEqual({
			ok: false,
			error: { kind: 'tampered', message: 'changed' }
		});
	});

	it('call a payload without the checksum wrapper damaged', () => {
		const result = unpackChecked('R', 1, packCode('R', { a: 1 }), 4000, 'changed');
		expect(result.ok ? null : result.error.kind).toBe('corrupt');
	});
});
