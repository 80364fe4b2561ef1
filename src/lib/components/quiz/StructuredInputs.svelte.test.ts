import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { sample } from '$lib/test/factories';
import { setup } from './test-setup';

describe('QuestionInput: ordering and short answers', () => {
	it('ordering: moves items, keeps focus on the moved item and announces it', async () => {
		const q = sample.ordering();
		const { user, onchange, rerender } = setup(q, {
			type: 'ordering',
			order: ['Ban announced', 'Review opened', 'Review ended']
		});
		expect(screen.getByRole('button', { name: 'Move “Ban announced” up' })).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Move “Review ended” down' })).toBeDisabled();

		await user.click(screen.getByRole('button', { name: /Move “Ban announced” down/ }));
		const order = ['Review opened', 'Ban announced', 'Review ended'];
		expect(onchange).toHaveBeenLastCalledWith({ type: 'ordering', order });
		await rerender({ answer: { type: 'ordering', order } });
		expect(screen.getByRole('button', { name: 'Move “Ban announced” down' })).toHaveFocus();
		expect(screen.getByText('“Ban announced” moved to position 2 of 3')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Move “Ban announced” down' }));
		const last = ['Review opened', 'Review ended', 'Ban announced'];
		expect(onchange).toHaveBeenLastCalledWith({ type: 'ordering', order: last });
		await rerender({ answer: { type: 'ordering', order: last } });
		// "Down" is disabled at the end, so focus moves to "up" on the same item.
		expect(screen.getByRole('button', { name: 'Move “Ban announced” up' })).toHaveFocus();
		const items = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'1. Review opened',
			'2. Review ended',
			'3. Ban announced'
		]);
	});

	it('ordering: a row dragged by its handle lands where it is dropped, and is highlighted', async () => {
		const { onchange, rerender } = setup(sample.ordering(), {
			type: 'ordering',
			order: ['Ban announced', 'Review opened', 'Review ended']
		});
		const handle = screen.getByText('1.').parentElement!;
		const pointer = { pointerId: 1, isPrimary: true, button: 0 };
		await fireEvent.pointerDown(handle, { ...pointer, clientY: 10 });
		await fireEvent.pointerMove(handle, { ...pointer, clientY: 200 });
		expect(onchange).not.toHaveBeenCalled();
		await fireEvent.pointerUp(handle, { ...pointer, clientY: 200 });
		const order = ['Review opened', 'Review ended', 'Ban announced'];
		expect(onchange).toHaveBeenLastCalledWith({ type: 'ordering', order });
		await rerender({ answer: { type: 'ordering', order } });
		expect(screen.getByText('“Ban announced” moved to position 3 of 3')).toBeInTheDocument();
		const rows = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(rows.map((li) => li.className.includes('cue-'))).toEqual([false, false, true]);
	});

	it('ordering: a cancelled drag changes nothing', async () => {
		const { onchange } = setup(sample.ordering(), {
			type: 'ordering',
			order: ['Ban announced', 'Review opened', 'Review ended']
		});
		const handle = screen.getByText('2.').parentElement!;
		const pointer = { pointerId: 1, isPrimary: true, button: 0 };
		await fireEvent.pointerDown(handle, { ...pointer, clientY: 10 });
		await fireEvent.pointerMove(handle, { ...pointer, clientY: 200 });
		await fireEvent.pointerCancel(handle, pointer);
		await fireEvent.pointerUp(handle, pointer);
		expect(onchange).not.toHaveBeenCalled();
	});

	it('ordering: reveal gives the right place of misplaced items; locked leaves nothing to move', () => {
		setup(
			sample.ordering(),
			{ type: 'ordering', order: ['Review opened', 'Ban announced', 'Review ended'] },
			{ reveal: true, locked: true }
		);
		const [first, second, third] = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(first).not.toHaveTextContent('should be');
		expect(first).toHaveTextContent('right place');
		expect(second).toHaveTextContent('should be 3rd');
		expect(third).toHaveTextContent('should be 2nd');
		expect(screen.queryAllByRole('button')).toEqual([]);
	});

	it('short: types an answer; Enter is not a submit', async () => {
		const { user, onchange, rerender } = setup(sample.short(), { type: 'short', text: '' });
		const box = screen.getByRole('textbox', { name: 'Your answer' });
		expect(box).toHaveAttribute('autocomplete', 'off');
		expect(box).toHaveAttribute('maxlength', '200');
		await user.type(box, 'C');
		expect(onchange).toHaveBeenLastCalledWith({ type: 'short', text: 'C' });
		await rerender({ answer: { type: 'short', text: 'C' } });
		const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
		box.dispatchEvent(enter);
		expect(enter.defaultPrevented).toBe(true);
	});

	it('short: locked keeps the text focusable but read-only', async () => {
		const { user, onchange } = setup(
			sample.short(),
			{ type: 'short', text: 'CAC' },
			{ locked: true }
		);
		const box = screen.getByRole('textbox', { name: 'Your answer' });
		expect(box).toHaveValue('CAC');
		expect(box).toHaveAttribute('readonly');
		await user.type(box, 'x');
		expect(box).toHaveFocus();
		expect(onchange).not.toHaveBeenCalled();
	});
});
