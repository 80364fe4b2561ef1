import { expect, test } from '@playwright/test';
import { KB, pageLoad } from '../../scripts/bench/bundle.js';

// Byte budgets, read from build/ with the benchmark's own measure (no browser). Only the
// budgets that are met are kept here, so that they cannot regress unnoticed; see README
// "Performance" and `npm run bench` for all of them. Not yet met, so not asserted: Learn's
// first-load JavaScript (40 KB gzip) and the precache (1 MB stored).
const BUILD = 'build';

test.describe('byte budgets', () => {
	test('the player loads at most 80 KB of JavaScript (gzip) before it is interactive', () => {
		const load = pageLoad(BUILD, '/quiz/the-ban.basics/');
		// The measure must see SvelteKit's start-up and the page's own chunk, or it measures nothing.
		expect(load.js.some((f) => f.file.includes('/entry/start.'))).toBe(true);
		expect(load.js.some((f) => f.file.includes('/nodes/'))).toBe(true);
		const list = load.js.map((f) => `${f.file} ${(f.gzip / KB).toFixed(1)} KB`).join('\n');
		expect(load.jsTotal.gzip, `first-load JavaScript of the player:\n${list}`).toBeLessThanOrEqual(
			80 * KB
		);
	});
});
