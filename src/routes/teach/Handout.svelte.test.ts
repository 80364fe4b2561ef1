import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { makeAssignment } from '$lib/teach/factories';
import Handout from './Handout.svelte';

const steps = () => screen.getByRole('list', { hidden: true });

describe('the printed handout', () => {
	it('tells the class the one way back the teacher chose', () => {
		render(Handout, { assignment: makeAssignment({ returnBy: 'chat' }), qr: 'https://x.test/a/' });
		expect(steps()).toHaveTextContent(
			'When you finish, copy your receipt and paste it in the class chat.'
		);
		expect(steps()).not.toHaveTextContent(/QR code, the code or the file/);
	});

	it('names every way for an assignment made before a way was chosen', () => {
		render(Handout, { assignment: makeAssignment(), qr: 'https://x.test/a/' });
		expect(steps()).toHaveTextContent('the link, the QR code, the code or the file');
	});
});
