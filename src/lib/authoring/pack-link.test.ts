import { describe, expect, it } from 'vitest';
import { teacherPack } from '$lib/test/teacher-pack';
import { MAX_PACK_LINK_CODE, packLinkCode, readPackLink } from './pack-link';

describe('a pack in a link', () => {
	it('carries a small pack whole', () => {
		const code = packLinkCode(teacherPack());
		expect(code).toMatch(/^P1\./);
		const read = readPackLink(`https://example.org/library/#${code}`);
		expect(read.ok && JSON.parse(read.text)).toEqual(teacherPack());
	});

	it('is not made for a pack too large for a link', () => {
		const big = teacherPack();
		// Random words do not compress: 200 paragraphs of them are far over a link's length.
		big.source.paragraphs = Array.from({ length: 200 }, () =>
			[crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()].join(' ')
		);
		expect(packLinkCode(big)).toBeNull();
	});

	it('refuses a changed, cut or foreign code with a reason', () => {
		const code = packLinkCode(teacherPack()) ?? '';
		const cut = readPackLink(code.slice(0, -20));
		expect(cut.ok).toBe(false);
		const foreign = readPackLink('A1.abc');
		expect(!foreign.ok && foreign.error.message).toMatch(/pack link/);
		expect(readPackLink('P1.' + 'x'.repeat(MAX_PACK_LINK_CODE)).ok).toBe(false);
		const flipped = code.slice(0, 40) + (code[40] === 'A' ? 'B' : 'A') + code.slice(41);
		expect(readPackLink(flipped).ok).toBe(false);
	});
});
