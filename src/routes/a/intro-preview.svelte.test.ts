import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeAssignment } from '$lib/teach/assignment';
import { makeAssignment, T0 } from '$lib/teach/factories';
import Intro from './Intro.svelte';
import { introFacts, type IntroFacts } from './intro-facts';
import { filledFacts } from './intro-fill';
import { previewPage } from './intro-preview';

/** The card as the page draws it, before the assignment is read (`facts` null) or after. */
function card(facts: IntroFacts | null) {
	const { container } = render(Intro, {
		props: {
			facts,
			status: null,
			questionCount: 0,
			missing: 0,
			attemptsAllowed: 0,
			askName: true,
			onstart: async () => null
		}
	});
	const html = shown(container.innerHTML);
	cleanup();
	return html;
}

/** Markup as a reader gets it, without Svelte's markers. */
const shown = (html: string) => html.replace(/<!--[^]*?-->/g, '');

/** The page as prerendered, at `hash`. */
function page(hash: string) {
	history.replaceState(null, '', `/a/${hash}`);
	document.title = 'Assignment · Chipwise';
	delete document.documentElement.dataset.preview;
	document.body.innerHTML = card(null);
	return document;
}

describe('the assignment before the app loads', () => {
	afterEach(() => {
		document.body.innerHTML = '';
		localStorage.clear();
	});

	it('fills the empty card with what the app will show, so hydration finds it in place', async () => {
		const a = makeAssignment({ returnBy: 'scan', title: 'Week 5: allies' });
		const doc = page(`#${encodeAssignment(a)}`);
		expect(doc.querySelector('[data-preview-part="card"]')?.hasAttribute('hidden')).toBe(true);
		expect(await previewPage(doc, T0)).toBe(true);
		const facts = introFacts(a, { used: 0, best: null, overdue: false }, a.questionIds.length);
		const filled = shown(doc.body.innerHTML);
		expect(filled).toBe(card(facts));
		// The app, hydrating, reads back the same facts.
		expect(filledFacts(doc)).toEqual(facts);
		expect(doc.title).toBe('Week 5: allies · Chipwise');
		expect(doc.documentElement.dataset.preview).toBe('');
		expect(filled).toContain('<bdi data-fill="title">Week 5: allies</bdi>');
		expect(filled).toMatch(/<button[^>]*disabled/);
	});

	it('writes the link’s words as text, and leaves what it cannot show to the app', async () => {
		const a = makeAssignment({ title: '<img src=x onerror=alert(1)>' });
		const doc = page(`#${encodeAssignment(a)}`);
		expect(await previewPage(doc, T0)).toBe(true);
		expect(doc.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
		expect(doc.querySelector('img')).toBeNull();

		const other = encodeAssignment(makeAssignment({ packId: 'mine' }));
		for (const hash of ['', '#A2.not-a-link', `#${other}`]) {
			const blank = page(hash);
			expect(await previewPage(blank, T0)).toBe(false);
			expect(shown(blank.body.innerHTML)).toBe(card(null));
			expect(blank.title).toBe('Assignment · Chipwise');
			expect(filledFacts(blank)).toBeNull();
		}
		// Once this browser holds a learner, the app shows their own standing first.
		localStorage.setItem('chipwise-stored', '1');
		const stored = page(`#${encodeAssignment(makeAssignment())}`);
		expect(await previewPage(stored, T0)).toBe(false);
		expect(stored.documentElement.dataset.preview).toBeUndefined();
	});
});
