import { deflateSync, inflateSync } from 'fflate';

// Codes that travel in links and pasted text: `${prefix}${version}.` + base64url(raw deflate of
// JSON). Everything decoded here comes from outside and is treated as untrusted.

export type DecodeError = {
	kind:
		| 'empty'
		| 'too-large'
		| 'malformed'
		| 'wrong-kind'
		| 'other-version'
		| 'corrupt'
		| 'invalid'
		| 'tampered';
	message: string;
};

export type Unpacked = { ok: true; value: unknown } | { ok: false; error: DecodeError };

/** Inflated JSON larger than this is refused: no code we make comes near it. */
export const MAX_INFLATED_BYTES = 256 * 1024;

/** What each prefix is called in messages. */
const KIND_NAMES = new Map([
	['A', 'assignment link'],
	['R', 'receipt code'],
	['P', 'pack link']
]);

export function kindName(prefix: string): string {
	return KIND_NAMES.get(prefix) ?? 'code';
}

/** Who can send a damaged code again: a receipt comes from a student, a link from a teacher. */
function againAdvice(prefix: string): string {
	return prefix === 'R' ? 'Ask the student to copy it again.' : 'Check that it was copied whole.';
}

export function fail(
	kind: DecodeError['kind'],
	message: string
): { ok: false; error: DecodeError } {
	return { ok: false, error: { kind, message } };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** Null on any character outside the alphabet, or text no byte string encodes to. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let buffer = 0;
	let bits = 0;
	let at = 0;
	for (const char of text) {
		const value = VALUES.get(char);
		if (value === undefined) return null;
		buffer = ((buffer << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (buffer >> bits) & 0xff;
		}
	}
	// Left-over bits must be zero, so that each byte string has exactly one spelling.
	return buffer & ((1 << bits) - 1) ? null : bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (as in zip and PNG) of the UTF-8 bytes, as 8 hex digits. */
export function checksum(text: string): string {
	let crc = 0xffffffff;
	for (const byte of new TextEncoder().encode(text)) {
		crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
	}
	return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

export function packCode(prefix: string, value: unknown, version = 1): string {
	const bytes = new TextEncoder().encode(JSON.stringify(value));
	return `${prefix}${version}.${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
}

/** The code itself from a code, a whole link, or a link with spaces around it. */
export function codePart(text: string): string {
	const trimmed = text.trim();
	return trimmed.slice(trimmed.lastIndexOf('#') + 1).trim();
}

/** A code's deflated bytes, checked as far as they can be before they are inflated. */
export function codeBytes(
	prefix: string,
	version: number | readonly number[],
	code: string,
	maxChars: number
): { ok: true; bytes: Uint8Array } | { ok: false; error: DecodeError } {
	const name = kindName(prefix);
	const text = codePart(code);
	if (!text) return fail('empty', `There is no ${name} here. Paste the whole ${name}.`);
	if (text.length > maxChars) {
		return fail('too-large', `This is too long to be ${article(name)}.`);
	}
	const shape = /^([A-Z])(\d{1,4})\.(.*)$/s.exec(text);
	const notCode = fail(
		'malformed',
		`This is not ${article(name)}. Check that it was copied whole.`
	);
	const [, kind = '', codeVersion = '', body = ''] = shape ?? [];
	if (!shape || !KIND_NAMES.has(kind)) return notCode;
	if (kind !== prefix) {
		return fail('wrong-kind', `This is ${article(kindName(kind))}, not ${article(name)}.`);
	}
	const found = Number(codeVersion);
	const versions = typeof version === 'number' ? [version] : version;
	if (!versions.includes(found)) {
		return fail(
			'other-version',
			found > Math.max(...versions)
				? `This ${name} comes from a newer version of Chipwise. Reload the app to update it, then try again.`
				: `This ${name} comes from an older version of Chipwise that this one can no longer read. Ask for a new one.`
		);
	}
	const bytes = body ? fromBase64Url(body) : null;
	if (bytes) return { ok: true, bytes };
	// A code cut short anywhere mostly ends in a length or last character base64url can't
	// have, or else no longer inflates to JSON. A changed character can do the same, so the
	// message names both: only a foreign character is told apart.
	return BASE64URL.test(body)
		? cutOff(prefix)
		: fail(
				'malformed',
				`This ${name} contains characters that don't belong. Check that it was copied whole.`
			);
}

function cutOff(prefix: string) {
	return fail(
		'corrupt',
		`This ${kindName(prefix)} looks cut off or changed. ${againAdvice(prefix)}`
	);
}

/**
 * The inflated bytes of a code read as JSON; `out` is null when they did not inflate, and may
 * be one byte longer than the cap, which says that there was more.
 */
export function readInflated(prefix: string, out: Uint8Array | null): Unpacked {
	if (!out) return cutOff(prefix);
	if (out.length > MAX_INFLATED_BYTES) {
		return fail(
			'corrupt',
			`This ${kindName(prefix)} is damaged or incomplete. Check that it was copied whole.`
		);
	}
	try {
		const json = new TextDecoder('utf-8', { fatal: true }).decode(out);
		return { ok: true, value: JSON.parse(json) as unknown };
	} catch {
		return cutOff(prefix);
	}
}

export function unpackCode(
	prefix: string,
	version: number | readonly number[],
	code: string,
	maxChars: number
): Unpacked {
	const body = codeBytes(prefix, version, code, maxChars);
	if (!body.ok) return body;
	let out: Uint8Array | null;
	try {
		// A buffer one byte past the cap: fflate fills a given buffer and never grows it, so a
		// zip bomb costs time bounded by the input and no more memory than this.
		out = inflateSync(body.bytes, { out: new Uint8Array(MAX_INFLATED_BYTES + 1) });
	} catch {
		out = null;
	}
	return readInflated(prefix, out);
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function article(noun: string): string {
	return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * A value wrapped with the checksum of its JSON. Raw deflate has no check of its own, so a
 * changed character can still inflate to valid JSON; the checksum catches that.
 */
export function packChecked(prefix: string, value: unknown, version = 1): string {
	return packCode(prefix, [checksum(JSON.stringify(value)), value], version);
}

/** Unpacks a `packChecked` code: 'tampered' when the checksum does not match. */
export function unpackChecked(
	prefix: string,
	version: number | readonly number[],
	code: string,
	maxChars: number,
	tampered: string
): Unpacked {
	return openChecked(prefix, unpackCode(prefix, version, code, maxChars), tampered);
}

/** The value inside an unpacked `packChecked` envelope, if its checksum matches. */
export function openChecked(prefix: string, unpacked: Unpacked, tampered: string): Unpacked {
	if (!unpacked.ok) return unpacked;
	const envelope = unpacked.value;
	if (!Array.isArray(envelope) || envelope.length !== 2 || typeof envelope[0] !== 'string') {
		return fail(
			'corrupt',
			`This ${kindName(prefix)} is damaged or incomplete. Check that it was copied whole.`
		);
	}
	// JSON.stringify of parsed JSON reproduces the text JSON.stringify made, key order included.
	if (checksum(JSON.stringify(envelope[1])) !== envelope[0]) return fail('tampered', tampered);
	return { ok: true, value: envelope[1] };
}
