import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { previewScript, withPreview } from './assignment-preview.js';

const hash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const policy = `default-src 'self'; script-src 'self' 'sha256-start'; style-src 'self'`;
const page = `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="${policy}">
<script>theme()</script></head><body><div><h1></h1></div><script>start()</script></body></html>`;

describe('the assignment page’s inline script', () => {
	it('goes after the card and before the start-up, and the policy allows it', () => {
		const out = withPreview(page, 'fill()');
		expect(out).toContain('<h1></h1></div><script>fill()</script><script>start()</script>');
		expect(out).toContain(`script-src 'self' 'sha256-start' ${hash('fill()')};`);
		expect(out).toContain('<script>theme()</script></head>');
		expect(() => withPreview(page.replace(/<meta[^>]*>/, ''), 'fill()')).toThrow(/Policy/);
	});

	it('is small, and brings neither fflate nor the schema', async () => {
		const script = await previewScript();
		// Bundled from the app's modules: the card's words and the link's checks.
		expect(script).toContain('Practice: feedback after each answer');
		expect(script).toContain('DecompressionStream');
		expect(script).not.toMatch(/valibot|invalid block type|unexpected EOF/i);
		expect(script).not.toContain('</script');
		// Every byte is in the page before its first paint.
		expect(gzipSync(script).length).toBeLessThan(4 * 1024);
	}, 30_000);
});
