import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeReceipt } from '$lib/teach/factories';
import { encodeReceipt } from '$lib/teach/receipt';
import { MAX_QR_CHARS } from '$lib/teach/receipt-parts';
import ReceiptQr from './ReceiptQr.svelte';

const BASE = 'https://chipwise.example/teach/receipt/#';
/** A link three codes long: what it holds does not matter here. */
const LONG = `${BASE}R2.${'Ab9_'.repeat(360)}`;

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** The code shown now, as the student reads it under the code. */
const step = () => screen.getByText(/^Code \d of \d$/).textContent;

function reduceMotion(reduce: boolean) {
	vi.stubGlobal('matchMedia', (query: string) => ({
		matches: reduce && query === '(prefers-reduced-motion: reduce)'
	}));
}

describe("the receipt's QR code", () => {
	it('is one code when the link fits one', async () => {
		const link = BASE + encodeReceipt(makeReceipt());
		expect(link.length).toBeLessThanOrEqual(MAX_QR_CHARS);
		render(ReceiptQr, { link });
		expect(await screen.findByRole('img', { name: 'QR code of your receipt link' })).toBeVisible();
		expect(screen.getByText('Your teacher can scan this.')).toBeVisible();
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('is a sequence of codes to step through when the link is long', async () => {
		render(ReceiptQr, { link: LONG });
		const group = screen.getByRole('group', { name: 'QR codes of your receipt' });
		expect(group).toHaveTextContent('Your receipt is long, so it is in 3 codes');
		expect(step()).toBe('Code 1 of 3');
		expect(
			await screen.findByRole('img', { name: 'QR code 1 of 3 of your receipt' })
		).toBeVisible();

		await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(step()).toBe('Code 2 of 3');
		expect(
			await screen.findByRole('img', { name: 'QR code 2 of 3 of your receipt' })
		).toBeVisible();
		expect(screen.getByRole('status')).toHaveTextContent('Showing code 2 of 3.');

		await fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
		expect(step()).toBe('Code 3 of 3');
		expect(screen.getByRole('status')).toHaveTextContent('Showing code 3 of 3.');
	});

	it('steps on by itself every 2 seconds, without a word to screen readers, until paused', async () => {
		reduceMotion(false);
		vi.useFakeTimers();
		render(ReceiptQr, { link: LONG });
		expect(screen.getByText('They change every 2 seconds.')).toBeVisible();
		vi.advanceTimersByTime(1999);
		flushSync();
		expect(step()).toBe('Code 1 of 3');
		vi.advanceTimersByTime(1);
		flushSync();
		expect(step()).toBe('Code 2 of 3');
		vi.advanceTimersByTime(2000);
		flushSync();
		vi.advanceTimersByTime(2000);
		flushSync();
		expect(step()).toBe('Code 1 of 3');
		expect(screen.getByRole('status')).toHaveTextContent(/^$/);

		await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
		expect(screen.getByRole('status')).toHaveTextContent('Paused.');
		vi.advanceTimersByTime(10_000);
		flushSync();
		expect(step()).toBe('Code 1 of 3');
		expect(screen.getByRole('button', { name: 'Play' })).toBeVisible();
	});

	it('stays on one code when the student prefers less motion, until they press Play', async () => {
		reduceMotion(true);
		vi.useFakeTimers();
		render(ReceiptQr, { link: LONG });
		expect(screen.getByText('Press Next to show each code in turn.')).toBeVisible();
		vi.advanceTimersByTime(10_000);
		flushSync();
		expect(step()).toBe('Code 1 of 3');

		await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
		vi.advanceTimersByTime(2000);
		flushSync();
		expect(step()).toBe('Code 2 of 3');
	});
});
