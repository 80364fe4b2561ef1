// @vitest-environment jsdom
// The links SvelteKit still reads after a move (kit-router-task.js) are exactly those whose
// `data-sveltekit-preload-code` is not "off" by default: on the link, or on an element around
// it below <html>, as SvelteKit's get_router_options reads it (read from the installed copy).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRELOAD_CODE_LINKS } from './kit-router-task.js';

/** SvelteKit's walk: the nearest element from the link up, `<html>` left out. */
function preloadCode(a: Element): string | null {
	for (let el: Element | null = a; el && el !== document.documentElement; el = el.parentElement) {
		const value = el.getAttribute('data-sveltekit-preload-code');
		if (value !== null) return value;
	}
	return null;
}

describe('PRELOAD_CODE_LINKS', () => {
	it('selects every link SvelteKit would find an option for, and no other', () => {
		document.documentElement.setAttribute('data-sveltekit-preload-code', 'eager');
		document.body.innerHTML = `
			<nav><a href="/a">plain</a><a href="/b" data-sveltekit-preload-code="viewport">own</a></nav>
			<section data-sveltekit-preload-code="eager"><div><a href="/c">inside</a></div>
				<p data-sveltekit-preload-code="off"><a href="/d">off inside eager</a></p></section>
			<svg><a href="/e">svg link</a></svg>
			<div data-sveltekit-preload-code="hover"><svg><a href="/f">svg inside</a></svg></div>`;
		const selected = new Set(document.querySelectorAll(PRELOAD_CODE_LINKS));
		const links = [...document.querySelectorAll('a')];
		expect(links).toHaveLength(6);
		for (const a of links) expect(selected.has(a)).toBe(preloadCode(a) !== null);
		expect([...selected].map((a) => a.textContent)).toEqual([
			'own',
			'inside',
			'off inside eager',
			'svg inside'
		]);
	});

	it("matches the installed SvelteKit's reading: each element up to <html>, left out", () => {
		const utils = readFileSync(
			resolve('node_modules/@sveltejs/kit/src/runtime/client/utils.js'),
			'utf8'
		);
		expect(utils).toContain('while (el && el !== document.documentElement) {');
		expect(utils).toContain("preload_code = link_option(el, 'preload-code')");
		expect(utils).toMatch(/preload_code: levels\[preload_code \?\? 'off'\]/);
	});
});
