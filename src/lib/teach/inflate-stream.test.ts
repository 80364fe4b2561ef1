import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inflateStream } from './inflate-stream';

const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);

describe('inflating with the browser’s own stream', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('reads what fflate deflated, as fflate would', async () => {
		const json = JSON.stringify({ title: 'Micron ban: week 3 check', ids: ['the-ban.q01'] });
		const bytes = deflateSync(new TextEncoder().encode(json), { level: 9 });
		expect(text(await inflateStream(bytes, 1024))).toBe(json);
	});

	it('stops one byte past the cap, so a small link cannot fill the memory', async () => {
		const bytes = deflateSync(new Uint8Array(200_000).fill(65));
		expect(bytes.length).toBeLessThan(1000);
		const out = await inflateStream(bytes, 1000);
		expect(out?.length).toBe(1001);
	});

	it('gives nothing for bytes that do not inflate, or where the browser cannot', async () => {
		expect(await inflateStream(new Uint8Array([255, 255, 255, 0, 1]), 1024)).toBeNull();
		const bytes = deflateSync(new TextEncoder().encode('[]'));
		vi.stubGlobal('DecompressionStream', undefined);
		expect(await inflateStream(bytes, 1024)).toBeNull();
	});
});
