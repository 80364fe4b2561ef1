import { describe, expect, it } from 'vitest';
import { completePreloads, staticImports } from './complete-preloads.js';

// Modules as the bundler writes them, by their address from a page at /a/.
const files: Record<string, string> = {
	'../_app/immutable/nodes/3.A.js':
		'import{a as e}from"../chunks/Kit.js";import{b}from"../chunks/Shown.js";import"../chunks/Side.js";const l=()=>import("../chunks/Lazy.js");',
	'../_app/immutable/chunks/Kit.js': 'const l=()=>import("./Shown.js");export{x as a};',
	'../_app/immutable/chunks/Shown.js': 'import{c}from"./Deep.js";export{c as b};',
	'../_app/immutable/chunks/Side.js': 'export{d}from"./Deep.js";',
	'../_app/immutable/chunks/Deep.js': 'export const c=1,d=2;',
	'../_app/immutable/chunks/Lazy.js': 'import{q}from"./Only-lazy.js";'
};
const read = (href: string) => files[href] ?? null;

describe("a page's preload links", () => {
	it('reads static imports and re-exports, not dynamic ones', () => {
		expect(staticImports(files['../_app/immutable/nodes/3.A.js']!)).toEqual([
			'../chunks/Kit.js',
			'../chunks/Shown.js',
			'../chunks/Side.js'
		]);
		expect(staticImports(files['../_app/immutable/chunks/Side.js']!)).toEqual(['./Deep.js']);
	});

	it("gain every module the listed ones import at once, after them, each once; a lazy part's modules stay out", () => {
		// SvelteKit's list, with the module it met first through Kit.js's dynamic import left out.
		const listed = ['../_app/immutable/nodes/3.A.js', '../_app/immutable/chunks/Kit.js'];
		expect(completePreloads(listed, read)).toEqual([
			...listed,
			'../_app/immutable/chunks/Shown.js',
			'../_app/immutable/chunks/Side.js',
			'../_app/immutable/chunks/Deep.js'
		]);
	});

	it('stay as they are when complete, or when a module cannot be read', () => {
		const listed = ['./_app/immutable/chunks/Deep.js', './_app/immutable/chunks/Gone.js'];
		expect(completePreloads(listed, (href) => (href.includes('Gone') ? null : 'export{};'))).toEqual(
			listed
		);
	});
});
