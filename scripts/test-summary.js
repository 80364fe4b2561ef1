// Prints one line, "N passed, N failed", summing every test run by Vitest and Playwright.
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
function read(path) {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests ?? 0;
	failed += unit.numFailedTests ?? 0;
}
const e2e = read('reports/e2e.json');
if (e2e?.stats) {
	passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
	failed += e2e.stats.unexpected ?? 0;
}
const extra = Number(process.argv[2] ?? 0);
console.log(`${passed} passed, ${failed + extra} failed`);
