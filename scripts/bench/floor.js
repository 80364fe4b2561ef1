// The floor: a bare SvelteKit page (scripts/bench/floor), built and served like the app, that
// Lighthouse measures before every page so that each page is judged against what the same
// machine gives the bare framework in the same run (see README "Performance").
import { execFileSync } from 'node:child_process';
import { snapshotSite } from './common.js';

export const FLOOR_PROJECT = 'scripts/bench/floor';
/** Where the floor's adapter writes (see scripts/bench/floor/svelte.config.js). */
export const FLOOR_BUILD = 'bench/tmp/floor';
export const FLOOR_SITE = 'bench/tmp/floor-site';
export const FLOOR = { key: 'floor', label: 'Floor (bare SvelteKit)', path: '/' };

/** Builds the floor with the repository's Vite and SvelteKit, and makes its served copy. */
export function buildFloor() {
	execFileSync('npx', ['vite', 'build'], {
		cwd: FLOOR_PROJECT,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	snapshotSite(FLOOR_BUILD, FLOOR_SITE);
}
