import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { shippedPack } from './shipped';

const text = readFileSync('static/packs/micron-ban.json', 'utf8');
const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');

describe('the pack Chipwise comes with', () => {
	it('is used as it is when its text is the file the build wrote', async () => {
		const pack = await shippedPack(text, sha256);
		expect(pack?.id).toBe('micron-ban');
		expect(pack).toEqual(JSON.parse(text));
	});

	it('is not trusted when one character differs, or when no digest is known', async () => {
		const changed = text.replace('Micron', 'Micrin');
		expect(changed).not.toBe(text);
		expect(await shippedPack(changed, sha256)).toBeNull();
		expect(await shippedPack(text, '')).toBeNull();
	});

	it('is not trusted where the browser has no Web Crypto (plain HTTP from another host)', async () => {
		vi.stubGlobal('crypto', {});
		try {
			expect(await shippedPack(text, sha256)).toBeNull();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
