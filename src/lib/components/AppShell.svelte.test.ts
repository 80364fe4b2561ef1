import { render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import AppShell from './AppShell.svelte';

const body = createRawSnippet(() => ({ render: () => '<p>Page body</p>' }));

describe('AppShell', () => {
	it('renders the four sections as named links and marks the current one', () => {
		render(AppShell, { routeId: '/review', children: body });
		const nav = screen.getByRole('navigation', { name: 'Main' });
		const links = within(nav).getAllByRole('link');
		expect(links.map((l) => l.textContent?.trim())).toEqual([
			'Learn',
			'Review',
			'Progress',
			'Teach'
		]);
		expect(within(nav).getByRole('link', { name: 'Review' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		expect(within(nav).getByRole('link', { name: 'Learn' })).not.toHaveAttribute('aria-current');
	});

	it('offers a skip link, settings and the page content in the main landmark', () => {
		render(AppShell, { routeId: '/', children: body });
		expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
		expect(screen.getByRole('link', { name: 'Settings' })).toBeInTheDocument();
		expect(within(screen.getByRole('main')).getByText('Page body')).toBeInTheDocument();
	});
});
