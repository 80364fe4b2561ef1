import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTermLinks, type TermEntry } from '$lib/content/inline';
import { installPopover } from '$lib/test/popover';
import Segments from './Segments.svelte';
import TermSheet from './TermSheet.svelte';

const glossary: Record<string, TermEntry> = {
	cac: {
		term: 'Cyberspace Administration of China',
		definition: 'The Chinese regulator that announced the Micron ban.'
	},
	micron: { term: 'Micron Technology', definition: 'A U.S. firm whose products were banned.' }
};

/** A paragraph of a lesson with its terms, and the page's sheet. */
async function lesson(text = 'The [[cac|regulator]] acted against [[micron]].') {
	render(Segments, { segments: parseTermLinks(text, (id) => glossary[id]) });
	render(TermSheet);
	const term = screen.getByRole('link', { name: 'regulator' });
	await waitFor(() => expect(term).toHaveAttribute('aria-expanded', 'false'));
	return term;
}

const heading = (name: string) => screen.queryByRole('heading', { name });

describe('a glossary term in a lesson', () => {
	let uninstall = () => {};
	beforeEach(() => {
		uninstall = installPopover();
	});
	afterEach(() => uninstall());

	it('opens its definition in place, headed by the term, with the way to the whole glossary', async () => {
		const user = userEvent.setup();
		const term = await lesson();
		expect(term).toHaveAttribute('href', '/glossary/#cac');
		expect(term).toHaveAttribute('aria-controls', 'term-sheet');

		await user.click(term);
		const title = await screen.findByRole('heading', {
			name: 'Cyberspace Administration of China'
		});
		expect(term).toHaveAttribute('aria-expanded', 'true');
		expect(screen.getByRole('dialog', { name: 'Cyberspace Administration of China' })).toContain(
			title
		);
		expect(
			screen.getByText('The Chinese regulator that announced the Micron ban.')
		).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'See it in the glossary' })).toHaveAttribute(
			'href',
			expect.stringMatching(/^\/glossary\/(\?from=.*)?#cac$/)
		);
		await waitFor(() => expect(title).toHaveFocus());
	});

	it('closes with Escape and gives focus back to the term', async () => {
		const user = userEvent.setup();
		const term = await lesson();
		await user.click(term);
		const title = await screen.findByRole('heading', {
			name: 'Cyberspace Administration of China'
		});
		await waitFor(() => expect(title).toHaveFocus());

		await user.keyboard('{Escape}');
		await waitFor(() => expect(heading('Cyberspace Administration of China')).toBeNull());
		expect(term).toHaveFocus();
		expect(term).toHaveAttribute('aria-expanded', 'false');
	});

	it('closes with its Close button, and focus goes back to the term', async () => {
		const user = userEvent.setup();
		const term = await lesson();
		await user.click(term);
		await user.click(await screen.findByRole('button', { name: 'Close' }));
		await waitFor(() => expect(heading('Cyberspace Administration of China')).toBeNull());
		expect(term).toHaveFocus();
	});

	it('shows one definition at a time, and opens from the keyboard', async () => {
		const user = userEvent.setup();
		const term = await lesson();
		await user.click(term);
		await screen.findByRole('heading', { name: 'Cyberspace Administration of China' });

		screen.getByRole('link', { name: 'Micron Technology' }).focus();
		await user.keyboard('{Enter}');
		await screen.findByRole('heading', { name: 'Micron Technology' });
		expect(heading('Cyberspace Administration of China')).toBeNull();
		expect(screen.getAllByRole('dialog')).toHaveLength(1);
		expect(term).toHaveAttribute('aria-expanded', 'false');
	});

	it('leaves a click that asks for a new tab to the link', async () => {
		const term = await lesson();
		expect(await fireEvent.click(term, { ctrlKey: true })).toBe(true);
		expect(term).toHaveAttribute('aria-expanded', 'false');
	});

	it('stays a plain link where the page has no definition for it', async () => {
		await lesson('The [[cac|regulator]] and the [[g7|G7]].');
		const g7 = screen.getByRole('link', { name: 'G7' });
		expect(g7).not.toHaveAttribute('aria-expanded');
		expect(await fireEvent.click(g7)).toBe(true);
	});
});

describe('a glossary term where the browser has no Popover API', () => {
	it('stays a link to its glossary entry', async () => {
		render(Segments, { segments: parseTermLinks('The [[cac|regulator]].', (id) => glossary[id]) });
		render(TermSheet);
		const term = screen.getByRole('link', { name: 'regulator' });
		await new Promise((resolve) => setTimeout(resolve));
		expect(term).not.toHaveAttribute('aria-expanded');
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(await fireEvent.click(term)).toBe(true);
	});
});
