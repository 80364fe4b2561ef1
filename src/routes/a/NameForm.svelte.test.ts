import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { MAX_NAME } from '$lib/profile/name';
import NameForm from './NameForm.svelte';

describe('the name asked for before a receipt', () => {
	it('is refused when blank, with the reason on the field and focus in it', async () => {
		render(NameForm);
		const field = screen.getByRole('textbox', { name: 'Your name, as your teacher should see it' });
		expect(field).toHaveAttribute('autocomplete', 'name');
		expect(field).toHaveAttribute('maxlength', String(MAX_NAME));
		await fireEvent.input(field, { target: { value: '   ' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Make my receipt' }));
		expect(field).toHaveAttribute('aria-invalid', 'true');
		expect(field).toHaveAccessibleDescription(
			'Enter your name, so your teacher knows whose result it is.'
		);
		expect(field).toHaveFocus();
		expect(screen.getByRole('alert')).toHaveTextContent('Enter your name');
	});
});
