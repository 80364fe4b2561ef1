import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '$lib/content/schema';
import { makeAssignment } from '$lib/teach/factories';
import { formatDue } from '$lib/teach/format';
import { everyType, sample } from '$lib/test/factories';
import { teacherPackWith } from '$lib/test/teacher-pack';
import ShareView from './ShareView.svelte';
import Worksheet from './Worksheet.svelte';

const questions: Question[] = [
	...everyType().slice(0, -1),
	sample.evidence({ explanation: 'x'.repeat(400) })
];

const pack = teacherPackWith(questions);
// The assignment's order, not the pack's.
const assignment = makeAssignment({
	title: 'Week 3: the ban',
	packId: pack.id,
	questionIds: questions.map((q) => q.id).reverse(),
	due: '2026-12-08'
});

afterEach(() => vi.restoreAllMocks());

describe('the worksheet', () => {
	it('has the title, class, due date and a line for the name, then each question numbered', () => {
		render(Worksheet, { assignment, pack });
		const sheet = screen.getByRole('region', { name: 'Week 3: the ban', hidden: true });
		expect(sheet).toHaveTextContent(`Class 10B · due ${formatDue('2026-12-08')}`);
		expect(sheet).toHaveTextContent('Name:');
		expect(sheet).toHaveTextContent('Score: / 9');
		const items = within(sheet).getAllByRole('listitem', { hidden: true });
		const numbered = items.filter((li) => /^\d+\./.test(li.textContent?.trim() ?? ''));
		expect(numbered.map((li) => li.textContent?.trim().split(/\s+/).slice(0, 3).join(' '))).toEqual(
			[
				'1. Find the',
				'2. Claim or',
				'3. Attribute the',
				'4. Name the',
				'5. Put the',
				'6. Match each',
				'7. The ban',
				'8. Which are',
				'9. Which company'
			]
		);
	});

	it("marks the article's typos [sic] where quotes are printed, as the player does", () => {
		const sic = [{ text: 'recieved', note: 'The article misspells "received".' }];
		render(Worksheet, { assignment, pack: { ...pack, sic } });
		const sheet = screen.getByRole('region', { name: 'Week 3: the ban', hidden: true });
		expect(sheet).toHaveTextContent('“We are evaluating the statement recieved [sic] today.”');
		// The key still finds the right letter for an option with a typo in it.
		const typo = sample.single({
			options: ['Micron', 'It was recieved'],
			answer: 'It was recieved'
		});
		const withTypo = { ...teacherPackWith([typo]), sic };
		document.body.innerHTML = '';
		render(Worksheet, { assignment: { ...assignment, questionIds: [typo.id] }, pack: withTypo });
		const key = screen.getByRole('region', { name: 'Answer key', hidden: true });
		expect(key).toHaveTextContent('B: It was recieved [sic]');
	});

	it('gives each type what a pen needs: lettered options, boxes, letters to write in order', () => {
		render(Worksheet, { assignment, pack });
		const sheet = screen.getByRole('region', { name: 'Week 3: the ban', hidden: true });
		expect(sheet).toHaveTextContent('A Micron');
		expect(sheet).toHaveTextContent('Tick every right answer.');
		expect(sheet).toHaveTextContent('True False');
		expect(sheet).toHaveTextContent('A claim The article’s own reporting');
		expect(sheet).toHaveTextContent('“We are evaluating the statement recieved today.”');
		expect(sheet).toHaveTextContent('Write the letters in the right order.');
		expect(sheet).toHaveTextContent('1st 2nd 3rd');
		expect(sheet).toHaveTextContent(/A Ban announced\s*B Review ended\s*C Review opened/);
		expect(sheet).toHaveTextContent('1 CAC 2 Micron 3 Commerce Department');
		expect(sheet).toHaveTextContent(/A Chipmaker\s*B Regulator\s*C US agency/);
		expect(sheet).toHaveTextContent(
			'Tick the sentences that support it, or tick “The article does not say”.'
		);
		expect(sheet).toHaveTextContent('Write your answer on the line.');
	});

	it('ends with the answer key, and its short explanations', () => {
		render(Worksheet, { assignment, pack });
		const key = screen.getByRole('region', { name: 'Answer key', hidden: true });
		const answers = within(key).getAllByRole('listitem', { hidden: true });
		expect(answers).toHaveLength(9);
		expect(answers[0]).toHaveTextContent(/^1\.\s*B: “The regulator called/);
		expect(answers[0]).not.toHaveTextContent('Because the article says so.');
		expect(answers[1]).toHaveTextContent('A claim by The CAC');
		expect(answers[4]).toHaveTextContent('5. C, B, A');
		expect(answers[5]).toHaveTextContent('6. 1–B, 2–A, 3–C');
		expect(answers[8]).toHaveTextContent('9. A: Micron Because the article says so.');
	});
});

describe('printing a worksheet from the share view', () => {
	it('loads the worksheet, then prints it with its key', async () => {
		render(ShareView, { assignment, pack, gradebook: '/teach/gradebook/?id=x' });
		const user = userEvent.setup();
		const printed: string[] = [];
		vi.spyOn(window, 'print').mockImplementation(() =>
			printed.push(
				screen.getByRole('heading', { level: 2, name: 'Answer key', hidden: true }).textContent ??
					''
			)
		);
		await user.click(screen.getByRole('button', { name: 'Print a worksheet' }));
		await vi.waitFor(() => expect(printed).toEqual(['Answer key']));
		expect(screen.getByRole('heading', { level: 1, name: 'Week 3: the ban', hidden: true }));
	});

	it('is not offered when the pack is no longer on this device', () => {
		render(ShareView, { assignment, pack: 'missing', gradebook: '/teach/gradebook/?id=x' });
		expect(screen.queryByRole('button', { name: 'Print a worksheet' })).toBeNull();
	});
});
