// Screenshots of pages at phone and desktop sizes, light and dark, for a person to look at.
// Usage: node scripts/screenshots.js [outDir] /path/ /other/ ...   (needs a server on E2E_PORT or 4173)
import { chromium } from '@playwright/test';

const [outDir = '/tmp/shots', ...paths] = process.argv.slice(2);
const port = process.env.E2E_PORT ?? 4173;
const sizes = [
	{ name: '360', width: 360, height: 740 },
	{ name: '1280', width: 1280, height: 800 }
];
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
for (const scheme of /** @type {const} */ (['light', 'dark'])) {
	for (const size of sizes) {
		const page = await browser.newPage({ viewport: size, colorScheme: scheme });
		for (const path of paths.length ? paths : ['/']) {
			await page.goto(`http://127.0.0.1:${port}${path}`);
			await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
			await page.waitForTimeout(300);
			const slug = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
			await page.screenshot({
				path: `${outDir}/${slug}-${size.name}-${scheme}.png`,
				fullPage: process.env.FULL === '1'
			});
		}
		await page.close();
	}
}
await browser.close();
