import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { compilePack } from '$lib/content/compile.server';
import type { Assignment } from '$lib/teach/assignment';
import { teacherPack } from '$lib/test/teacher-pack';
import AssignmentForm from './AssignmentForm.svelte';

const pack = compilePack('content/packs/micron-ban');

function setup(packs = [pack], startPack?: string) {
	const onsave = vi.fn<(a: Assignment) => Promise<void>>(async () => {});
	render(AssignmentForm, { packs, startPack, onsave, oncancel: () => {} });
	return { onsave, user: userEvent.setup() };
}

describe('the assignment form', () => {
	it('names what is missing at the field, and moves focus to the first one', async () => {
		const { onsave, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Save assignment' }));

		const title = screen.getByRole('textbox', { name: 'Title' });
		expect(title).toHaveAttribute('aria-invalid', 'true');
		expect(title).toHaveAccessibleDescription('Give the assignment a title.');
		expect(title).toHaveFocus();
		expect(screen.getByText('Choose at least one question set or question.')).toBeVisible();
		expect(onsave).not.toHaveBeenCalled();
	});

	it('keeps each field’s hint, and checks the numbers', async () => {
		const { onsave, user } = setup();
		await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Week 3');
		await user.click(screen.getAllByRole('checkbox')[0]!);
		const passMark = screen.getByRole('spinbutton', { name: 'Pass mark (%)' });
		expect(passMark).toHaveAccessibleDescription('0 to 100');
		await user.clear(passMark);
		await user.type(passMark, '150');
		await user.click(screen.getByRole('button', { name: 'Save assignment' }));

		expect(passMark).toHaveAttribute('aria-invalid', 'true');
		expect(passMark).toHaveAccessibleDescription(
			'The pass mark is a whole number from 0 to 100. 0 to 100'
		);
		expect(screen.getByRole('textbox', { name: 'Title' })).not.toHaveAttribute('aria-invalid');
		expect(onsave).not.toHaveBeenCalled();
	});

	it('saves what was typed, as numbers and without stray spaces', async () => {
		const { onsave, user } = setup();
		await user.type(screen.getByRole('textbox', { name: 'Title' }), '  Week 3 ');
		await user.type(screen.getByRole('textbox', { name: 'Class' }), '10B');
		await user.click(screen.getAllByRole('checkbox')[0]!);
		const attempts = screen.getByRole('spinbutton', { name: 'Attempts allowed' });
		await user.clear(attempts);
		await user.type(attempts, '2');
		const group = screen.getByRole('group', { name: 'How results come back' });
		expect(within(group).getByRole('radio', { name: /Scan in class/ })).toBeChecked();
		await user.click(within(group).getByRole('radio', { name: /Paste in the class chat/ }));
		await user.click(screen.getByRole('button', { name: 'Save assignment' }));

		expect(onsave).toHaveBeenCalledOnce();
		expect(onsave.mock.calls[0]![0]).toMatchObject({
			title: 'Week 3',
			className: '10B',
			passMark: 60,
			attemptsAllowed: 2,
			due: null,
			returnBy: 'chat'
		});
	});

	it('lets a teacher pick questions by the reading skill they ask for', async () => {
		const { user } = setup();
		await user.click(screen.getByText('Pick individual questions'));
		const unsaid = pack.modules.flatMap((m) => m.questions).filter((q) => q.skill === 'unsaid');
		const all = pack.modules.flatMap((m) => m.questions).length;
		expect(screen.getByRole('status')).toHaveTextContent(`${all} questions shown of ${all}`);
		await user.selectOptions(screen.getByRole('combobox', { name: 'Reading skill' }), [
			'What is not said'
		]);
		expect(screen.getByRole('status')).toHaveTextContent(
			`${unsaid.length} questions shown of ${all}`
		);
		expect(screen.getAllByText(/· What is not said$/)).toHaveLength(unsaid.length);
	});

	it("assigns a teacher's own pack: its questions, its id and version", async () => {
		const { onsave, user } = setup([pack, teacherPack()]);
		expect(screen.getByRole('radio', { name: /^China's Micron ban/ })).toBeChecked();
		await user.click(screen.getAllByRole('checkbox')[0]!);
		expect(screen.getByText(/questions? chosen/)).not.toHaveTextContent(/^0 questions/);

		await user.click(screen.getByRole('radio', { name: /^A chip lab in Northport/ }));
		expect(screen.getByText('0 questions chosen')).toBeVisible();
		expect(screen.getByText(/The assignment link carries this pack/)).toBeVisible();
		await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Northport');
		await user.click(screen.getByRole('checkbox', { name: /All questions/ }));
		await user.click(screen.getByRole('button', { name: 'Save assignment' }));

		expect(onsave.mock.calls[0]![0]).toMatchObject({
			packId: 'northport-lab',
			packVersion: '1.0.0',
			questionIds: teacherPack().modules[0]!.questions.map((q) => q.id)
		});
	});

	it('starts on the pack the address names', async () => {
		setup([pack, teacherPack()], 'northport-lab');
		expect(screen.getByRole('radio', { name: /^A chip lab in Northport/ })).toBeChecked();
	});

	it('shows no pack choice when only the built-in pack is here', () => {
		setup();
		expect(screen.queryByRole('group', { name: 'From the pack' })).toBeNull();
	});
});
