import type { Locator } from '@playwright/test';
import { pickQuote } from './editor-helpers';

// One question of each type on the Northport article, as a teacher fills it in the editor.
const Q = (n: number) => `Question ${n}`;

async function common(q: Locator, prompt: string, evidence: string) {
	await q.getByRole('textbox', { name: 'Question', exact: true }).fill(prompt);
	await q
		.getByRole('textbox', { name: 'Explanation shown after answering' })
		.fill('The article says so in these words.');
	await pickQuote(q, 'Evidence from the article', evidence);
}

const option = (q: Locator, n: number) => q.getByRole('textbox', { name: `Option ${n}` });
const right = (q: Locator, n: number) =>
	q.getByRole(n < 0 ? 'radio' : 'checkbox', {
		name: new RegExp(`Right answer\\s*:\\s*option ${Math.abs(n)}$`)
	});

export const FILLS: Record<string, (q: Locator) => Promise<void>> = {
	async single(q) {
		await common(q, 'Where will the lab open?', 'in the old harbour warehouse');
		await option(q, 1).fill('In the old harbour warehouse');
		await option(q, 2).fill('At the town hall');
		await right(q, -1).check();
	},
	async multi(q) {
		await common(
			q,
			'What does the article say of the lab?',
			'The lab will employ about 40 technicians'
		);
		await option(q, 1).fill('It will employ about 40 technicians');
		await option(q, 2).fill('It opens next spring');
		await option(q, 3).fill('It is paid for by a trade group');
		await right(q, 1).check();
		await right(q, 2).check();
		await pickQuote(
			q,
			'Evidence for “It will employ about 40 technicians”',
			'about 40 technicians'
		);
		await pickQuote(q, 'Evidence for “It opens next spring”', 'next spring');
	},
	async truefalse(q) {
		await common(q, 'The council made the announcement on Monday.', 'said on Monday');
		await q.getByRole('radio', { name: 'True' }).check();
	},
	async short(q) {
		await common(q, 'How many technicians will the lab employ?', 'about 40 technicians');
		await q.getByRole('textbox', { name: 'Accepted answer 1' }).fill('About 40');
	},
	async matching(q) {
		await common(q, 'Match each speaker with what they said.', 'the mayor said');
		for (const [n, left, right, quote] of [
			[1, 'The mayor', 'Young people should find skilled work', 'the mayor said'],
			[2, 'A trade group', 'The plan is a good start', 'A trade group called the plan']
		] as const) {
			const pair = q.getByRole('group', { name: `Pair ${n}`, exact: true });
			await pair.getByRole('textbox', { name: 'Left' }).fill(left);
			await pair.getByRole('textbox', { name: 'Right' }).fill(right);
			await pickQuote(pair, `Evidence for pair ${n}`, quote);
		}
	},
	async ordering(q) {
		await common(q, 'Put the article in its order.', 'The council of Northport said on Monday');
		const steps = [
			['The council announces the lab', 'The council of Northport said on Monday'],
			['The mayor speaks', 'the mayor said'],
			['A trade group reacts', 'A trade group called the plan']
		];
		for (const [i, [step = '', quote = '']] of steps.entries()) {
			await q.getByRole('textbox', { name: `Step ${i + 1}`, exact: true }).fill(step);
			await pickQuote(q, `Evidence for step ${i + 1}`, quote);
		}
	},
	async whosaid(q) {
		await common(q, 'Who said this?', 'the mayor said');
		await pickQuote(q, 'Words to attribute', 'We want young people to find skilled work here');
		await option(q, 1).fill('The mayor');
		await option(q, 2).fill('A trade group');
		await right(q, -1).first().check();
	},
	async claimfact(q) {
		await common(q, 'Is this a claim or a reported fact?', 'A trade group called the plan');
		await pickQuote(q, 'Statement from the article', 'the town still lacks training courses');
		await q.getByRole('radio', { name: 'A claim someone makes' }).check();
		await q.getByRole('textbox', { name: 'Who makes the claim' }).fill('A trade group');
	},
	async evidence(q) {
		await common(q, 'Find the words that show who will work at the lab.', 'about 40 technicians');
		await q
			.getByRole('textbox', { name: 'Statement', exact: true })
			.fill('The lab will bring jobs.');
		for (const [n, sentence] of [
			'The lab will employ about 40 technicians, according to the council.',
			'A trade group called the plan "a good start" but said the town still lacks training courses.'
		].entries()) {
			await q.getByRole('button', { name: 'Add sentence' }).click();
			await pickQuote(q, `Sentence ${n + 1}`, sentence);
		}
		await q.getByRole('checkbox', { name: /Marks the answer\s*:\s*sentence 1$/ }).check();
	}
};

export const questionIn = (main: Locator, n: number) =>
	main.getByRole('region', { name: new RegExp(`^${Q(n)} ·`) });
