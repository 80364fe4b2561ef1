// The floor: a bare SvelteKit page that the benchmark measures beside every page of the app, in
// the same run, so that budgets are differences from what this machine gives the bare framework
// (see README "Performance"). Built by scripts/bench/floor.js into bench/tmp/floor; it resolves
// its packages from the repository's node_modules.
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: '../../../bench/tmp/floor', assets: '../../../bench/tmp/floor' })
	}
};

export default config;
