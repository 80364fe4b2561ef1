import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeAssignment, questionIds } from '$lib/teach/factories';
import { formatDue } from '$lib/teach/format';
import ShareView from './ShareView.svelte';

const assignment = makeAssignment({
	title: 'Micron ban: week 3',
	questionIds: questionIds(9),
	due: '2026-12-08'
});

function setup() {
	render(ShareView, { assignment, pack: null, gradebook: '/teach/gradebook/?id=x' });
	return userEvent.setup();
}
const showButton = () => screen.getByRole('button', { name: 'Show to the class' });
const view = () => screen.getByRole('dialog', { hidden: true });

/** What jsdom lacks: the Fullscreen API, on the document and on elements. */
function fakeFullscreen() {
	let full: Element | null = null;
	const on = (name: string, get: () => unknown) =>
		Object.defineProperty(document, name, { configurable: true, get });
	on('fullscreenEnabled', () => true);
	on('fullscreenElement', () => full);
	const change = (element: Element | null) => {
		full = element;
		document.dispatchEvent(new Event('fullscreenchange'));
	};
	const request = vi.fn(async function (this: Element) {
		change(this);
	});
	HTMLElement.prototype.requestFullscreen = request;
	return { request, leave: () => change(null) };
}

afterEach(() => {
	vi.restoreAllMocks();
	for (const name of ['fullscreenEnabled', 'fullscreenElement'])
		Reflect.deleteProperty(document, name);
	Reflect.deleteProperty(HTMLElement.prototype, 'requestFullscreen');
});

describe('the share view', () => {
	it('sums the assignment up with its pass mark and attempts', () => {
		setup();
		expect(screen.getByText(/pass mark.* due /)).toHaveTextContent(
			`Class 10B · 9 questions · Test · pass mark 60% · 2 attempts · due ${formatDue('2026-12-08')}`
		);
	});

	it('shows the QR code to the class, and Escape gives focus back to the button', async () => {
		const user = setup();
		expect(view()).not.toHaveAttribute('open');
		await user.click(showButton());

		expect(view()).toHaveAttribute('open');
		expect(view()).toHaveAccessibleName('Micron ban: week 3');
		const close = within(view()).getByRole('button', { name: 'Close' });
		expect(close).toHaveFocus();
		expect(view()).toHaveTextContent(`Due ${formatDue('2026-12-08')}`);
		expect(
			await within(view()).findByRole('img', {
				name: 'QR code of the assignment link for Micron ban: week 3'
			})
		).toBeInTheDocument();

		await user.keyboard('{Escape}');
		expect(view()).not.toHaveAttribute('open');
		expect(showButton()).toHaveFocus();
	});

	it('goes full screen where it can, and closes when full screen ends', async () => {
		const user = setup();
		const { request, leave } = fakeFullscreen();
		await user.click(showButton());
		expect(request).toHaveBeenCalledOnce();
		expect(view()).toHaveAttribute('open');

		leave();
		expect(view()).not.toHaveAttribute('open');
		expect(showButton()).toHaveFocus();
	});

	it('closes from its Close button', async () => {
		const user = setup();
		await user.click(showButton());
		await user.click(within(view()).getByRole('button', { name: 'Close' }));
		expect(view()).not.toHaveAttribute('open');
		expect(showButton()).toHaveFocus();
	});

	it('prints one sheet or six slips, and never asks to type the link', async () => {
		const user = setup();
		const codes = () =>
			screen.getAllByRole('img', { name: 'QR code of the assignment link', hidden: true });
		const printed: number[] = [];
		vi.spyOn(window, 'print').mockImplementation(() => printed.push(codes().length));

		await user.click(screen.getByRole('button', { name: 'Print slips (6 a page)' }));
		await vi.waitFor(() => expect(printed).toEqual([6]));
		dispatchEvent(new Event('afterprint'));
		await user.click(screen.getByRole('button', { name: 'Print a handout' }));
		await vi.waitFor(() => expect(printed).toEqual([6, 1]));

		const sheet = screen.getByRole('list');
		expect(sheet).toHaveTextContent('Scan the QR code with your phone’s camera to open Chipwise.');
		expect(document.body).not.toHaveTextContent(/type the link/);
		expect(screen.getByText(/pass mark 60% · 2 attempts$/)).toBeInTheDocument();
	});
});
