import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from './vite.config';

// The app's build-time constants (declared in src/app.d.ts, set by the app's Vite config and
// its plugins). The storage harness builds the app's modules with a config of its own: a
// constant it does not set is a ReferenceError in the benchmark, which CI does not run.
const declared = [...readFileSync('src/app.d.ts', 'utf8').matchAll(/const (__\w+__)\s*:/g)].map(
	(m) => m[1]
);

describe("the storage harness's build", () => {
	it("sets every build-time constant the app's modules read", () => {
		expect(declared.length).toBeGreaterThan(0);
		const defined = Object.keys((config as { define?: Record<string, string> }).define ?? {});
		expect(defined.sort()).toEqual([...declared].sort());
	});
});
