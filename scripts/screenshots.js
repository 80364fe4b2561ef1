// Screenshots of pages at phone and desktop sizes, light and dark, for a person to look at.
// Usage: npm run build && node scripts/screenshots.js [outDir] /path/ /other/ ...
// (FULL=1 for full-page shots). It serves build/ itself, as a static host would.
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import sirv from 'sirv';

const [outDir = '/tmp/shots', ...paths] = process.argv.slice(2);
const server = createServer(sirv('build'));
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
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
server.close();
