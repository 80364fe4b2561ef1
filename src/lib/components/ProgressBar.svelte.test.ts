import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProgressBar from './ProgressBar.svelte';

describe('ProgressBar', () => {
	it('tells a screen reader how far along it is, in percent of the whole', async () => {
		const { rerender } = render(ProgressBar, { value: 2, max: 5, label: 'Lessons read' });
		const bar = screen.getByRole('progressbar', { name: 'Lessons read' });
		expect(bar).toHaveAttribute('aria-valuemin', '0');
		expect(bar).toHaveAttribute('aria-valuemax', '100');
		expect(bar).toHaveAttribute('aria-valuenow', '40');
		expect(bar).toHaveAttribute('aria-valuetext', '40%');
		await rerender({ value: 5, max: 5, label: 'Lessons read' });
		expect(bar).toHaveAttribute('aria-valuenow', '100');
		expect(bar).toHaveAttribute('aria-valuetext', '100%');
	});

	it('stays within 0 and 100, and at 0 for an empty whole', () => {
		render(ProgressBar, { value: 9, max: 3, label: 'Over' });
		render(ProgressBar, { value: 1, max: 0, label: 'Empty' });
		expect(screen.getByRole('progressbar', { name: 'Over' })).toHaveAttribute(
			'aria-valuenow',
			'100'
		);
		expect(screen.getByRole('progressbar', { name: 'Empty' })).toHaveAttribute(
			'aria-valuenow',
			'0'
		);
	});
});
