import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawing, ICONS, sources } from './icons.js';

/** A PNG's width and height, from its header. */
function pngSize(path: string) {
	const bytes = readFileSync(path);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('app icons', () => {
	it('are drawn from the mark the header shows, the maskable one without its rounded tile', () => {
		const { inner, mark } = drawing();
		expect(inner).toContain('class="tile"');
		expect(mark).not.toContain('class="tile"');
		const { icon, maskable } = sources();
		expect(icon).toContain(inner);
		expect(maskable).toContain(`scale(0.72) translate(-256 -256)">${mark}</g>`);
		expect(() => drawing('<svg><path d="M0 0"/></svg>')).toThrow(/no <svg> with a tile/);
	});

	it('are in static/ at the sizes they are drawn at', () => {
		for (const icon of ICONS) {
			expect(pngSize(icon.out), icon.out).toEqual({ width: icon.size, height: icon.size });
		}
	});

	it('are PNG files of the sizes the manifest and the pages announce', () => {
		const manifest = JSON.parse(readFileSync('static/manifest.webmanifest', 'utf8'));
		expect(manifest.icons.length).toBeGreaterThan(0);
		for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
			expect(icon.type).toBe('image/png');
			const { width, height } = pngSize(`static/${icon.src}`);
			expect(icon.sizes).toBe(`${width}x${height}`);
		}
		const head = readFileSync('src/app.html', 'utf8');
		const favicon = head.match(/<link rel="icon" href="%sveltekit.assets%\/([^"]+)"([^>]*)>/);
		expect(favicon?.[2]).toContain('type="image/png"');
		const { width, height } = pngSize(`static/${favicon?.[1]}`);
		expect(favicon?.[2]).toContain(`sizes="${width}x${height}"`);
	});
});
