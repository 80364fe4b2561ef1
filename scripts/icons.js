// `node scripts/icons.js`: draws the app's PNG icons from the mark the header shows
// (src/lib/components/Logo.svelte), with the same Chromium the tests use. The page icon
// (favicon.png) is a small PNG rather than an SVG: a browser turns an SVG icon into a document of
// its own on the page's main thread (for the tab, and again for the manifest), where a PNG is
// only decoded.
import { readFileSync } from 'node:fs';
import { CHROMIUM_PATH } from './bench/common.js';

const LOGO = 'src/lib/components/Logo.svelte';

/** The mark's drawing: what is inside the component's <svg>, and that without its tile. */
export function drawing(component = readFileSync(LOGO, 'utf8')) {
	const inner = component.match(/<svg[^>]*>([\s\S]*)<\/svg>/)?.[1];
	const tile = /<rect class="tile"[^>]*\/>/;
	if (!inner || !tile.test(inner)) throw new Error(`${LOGO}: no <svg> with a tile`);
	return { inner, mark: inner.replace(tile, '') };
}

const svg = (/** @type {string} */ body) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${body}</svg>`;

/** The rounded tile as the header shows it; full-bleed, with the mark in the safe zone. */
export function sources() {
	const { inner, mark } = drawing();
	return {
		icon: svg(inner),
		maskable: svg(
			`<rect width="512" height="512" fill="#1f4e8c"/><g transform="translate(256 256) scale(0.72) translate(-256 -256)">${mark}</g>`
		)
	};
}

/**
 * Each PNG: its drawing, its size in pixels, and where it goes. Apple's icon is full-bleed (iOS
 * rounds the corners itself and fills transparency with black).
 * @type {{ source: 'icon' | 'maskable', size: number, out: string }[]}
 */
export const ICONS = [
	{ source: 'icon', size: 48, out: 'static/favicon.png' },
	{ source: 'maskable', size: 180, out: 'static/icons/apple-touch-icon.png' },
	{ source: 'icon', size: 192, out: 'static/icons/icon-192.png' },
	{ source: 'icon', size: 512, out: 'static/icons/icon-512.png' },
	{ source: 'maskable', size: 512, out: 'static/icons/maskable-512.png' }
];

if (import.meta.url === `file://${process.argv[1]}`) {
	const { chromium } = await import('@playwright/test');
	const drawings = sources();
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
	try {
		for (const icon of ICONS) {
			const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
			await page.setContent(
				`<style>html,body{margin:0}svg{display:block;width:100vw;height:100vh}</style>${drawings[icon.source]}`
			);
			await page.screenshot({ path: icon.out, omitBackground: true });
			await page.close();
			console.log(`${icon.out}: ${icon.size}×${icon.size}, ${icon.source}`);
		}
	} finally {
		await browser.close();
	}
}
