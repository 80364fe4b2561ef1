import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	logLevel: 'warn',
	// The benchmark builds the floor on every run: no notes on how long its plugins took.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } }
});
