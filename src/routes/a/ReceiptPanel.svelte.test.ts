import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ReturnWay } from '$lib/teach/assignment-wire';
import { makeReceipt } from '$lib/teach/factories';
import ReceiptPanel from './ReceiptPanel.svelte';

const show = (returnBy?: ReturnWay) =>
	render(ReceiptPanel, { receipt: makeReceipt(), title: 'Week 3', returnBy });
// The code draws once its encoder has loaded; folded away, it is there but not visible.
const qr = () => screen.findByRole('img', { name: 'QR code of your receipt link', hidden: true });
const others = () => screen.getByText('Other ways to send it');

describe('the receipt a student sends back', () => {
	it('shows the QR code first when the teacher scans in class, the rest folded', async () => {
		show('scan');
		expect(screen.getByText(/Your teacher asked you to show your receipt’s QR code/)).toBeVisible();
		expect(await qr()).toBeVisible();
		expect(screen.getByRole('button', { name: 'Copy link' })).not.toBeVisible();
		expect(screen.getByRole('button', { name: 'Download the receipt file' })).not.toBeVisible();
		expect(others()).toBeVisible();
	});

	it('puts copying first for the class chat, and saving first for a file', async () => {
		show('chat');
		expect(screen.getByRole('button', { name: 'Copy your receipt' })).toBeVisible();
		expect(await qr()).not.toBeVisible();
		document.body.innerHTML = '';
		show('file');
		expect(screen.getByRole('button', { name: 'Save the receipt file' })).toBeVisible();
		expect(screen.getByRole('button', { name: 'Copy link' })).not.toBeVisible();
	});

	it('offers every way alike for an assignment that asks for none', async () => {
		show();
		expect(screen.getByText(/whichever way your teacher asked for/)).toBeVisible();
		expect(await qr()).toBeVisible();
		expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
		expect(screen.getByRole('button', { name: 'Download the receipt file' })).toBeVisible();
		expect(screen.queryByText('Other ways to send it')).toBeNull();
	});
});
