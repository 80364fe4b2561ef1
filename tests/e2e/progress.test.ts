import type { Page } from '@playwright/test';
import { expect, gotoReady, test } from './fixtures';
import { layoutShift, watchLayoutShifts } from './layout-shift';
import { answerCorrectly, answerWrongly, packQuestions, shownQuestion } from './quiz-helpers';

/** Practises the first `count` questions of a set: the first one wrong (unless told), the rest right. */
async function practise(page: Page, setId: string, count: number, firstWrong = true) {
	await gotoReady(page, `/quiz/${setId}/?mode=practice`);
	const questions = await packQuestions(page, setId);
	for (let n = 1; n <= count; n++) {
		await expect(
			page.getByRole('heading', { name: new RegExp(`^Question ${n} of`) })
		).toBeVisible();
		const q = await shownQuestion(page, questions);
		await (n === 1 && firstWrong ? answerWrongly(page, q) : answerCorrectly(page, q));
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: 'Continue' }).click();
	}
}

const tile = (page: Page, label: string | RegExp) =>
	page.getByRole('list', { name: 'Summary' }).getByRole('listitem').filter({ hasText: label });

test.describe('progress on the device', () => {
	test('the dashboard shows the same figures after a reload, and never shifts', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await practise(page, 'the-ban.basics', 3);
		await watchLayoutShifts(page);
		await gotoReady(page, '/progress/');
		await expect(tile(page, 'answers')).toContainText('3');
		await expect(tile(page, /days? streak/)).toContainText('1 day streak');
		const mastery = await page
			.getByRole('progressbar', { name: /mastery/ })
			.first()
			.getAttribute('aria-valuenow');
		// The page shows its modules first and fills in the figures where they stand.
		const { shifts, moved } = await layoutShift(page);
		expect(shifts, `moved: ${moved.join(', ')}`).toBe(0);
		await page.reload();
		await expect(tile(page, 'answers')).toContainText('3');
		await expect(page.getByRole('progressbar', { name: /mastery/ }).first()).toHaveAttribute(
			'aria-valuenow',
			mastery ?? ''
		);
		await page.getByText('Show as a table').first().click();
		await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(15);
	});

	test('a missed question is due for review today, and a review session runs it', async ({
		page
	}) => {
		await practise(page, 'why.basics', 2);
		await gotoReady(page, '/review/');
		await expect(page.getByText(/questions? (is|are) due today/)).toBeVisible();
		const due = Number(await page.locator('.count strong').innerText());
		expect(due).toBeGreaterThanOrEqual(1);
		await page.getByRole('button', { name: 'Start review' }).click();
		await expect(page.getByRole('main').getByText('Review', { exact: true }).first()).toBeVisible();
		await expect(page.getByRole('heading', { name: `Question 1 of ${due}` })).toBeVisible();
	});

	test('with nothing due, Review says when questions come back and what to do meanwhile', async ({
		page
	}) => {
		await practise(page, 'allies.basics', 2, false);
		await gotoReady(page, '/review/');
		await expect(page.getByText('Nothing due today')).toBeVisible();
		await expect(
			page.getByText(
				/^You have 2 questions in review\. The next ones come back on \w+.*\. Meanwhile/
			)
		).toBeVisible();
		await page.getByRole('link', { name: 'Go to Learn' }).click();
		await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible();
	});

	test('two open tabs show the same figures without a reload', async ({ page, context }) => {
		await gotoReady(page, '/progress/');
		const other = await context.newPage();
		await practise(other, 'allies.basics', 2);
		await expect(tile(page, 'answers')).toContainText('2');
	});

	test('learners on one device keep their progress apart; deleting asks first', async ({
		page
	}) => {
		await practise(page, 'the-ban.basics', 2);
		await gotoReady(page, '/settings/');
		await page.getByLabel('Add a learner').fill('Ana');
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(page.getByRole('radio', { name: 'Ana' })).toBeChecked();
		await gotoReady(page, '/progress/');
		await expect(tile(page, 'answers')).toContainText('0');
		await gotoReady(page, '/settings/');
		await page.getByRole('button', { name: 'Delete Ana' }).click();
		await expect(page.getByRole('alert')).toContainText('Delete Ana and all their progress');
		await page.getByRole('button', { name: 'Yes, delete Ana' }).click();
		await expect(page.getByRole('radio', { name: 'Ana' })).toHaveCount(0);
		await gotoReady(page, '/progress/');
		await expect(tile(page, 'answers')).toContainText('2');
	});

	test('a backup restores everything in a fresh browser', async ({ page, browser }) => {
		await practise(page, 'us-side.basics', 3);
		await gotoReady(page, '/settings/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /Save a backup/ }).click()
		]);
		const file = await download.path();

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await gotoReady(other, '/settings/');
		await other.getByLabel('Restore from a file…').setInputFiles(file);
		await expect(other.getByRole('status').filter({ hasText: 'Restored Learner' })).toContainText(
			'3 new answers'
		);
		await gotoReady(other, '/progress/');
		await expect(tile(other, 'answers')).toContainText('3');

		await gotoReady(other, '/settings/');
		await other.getByLabel('Restore from a file…').setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"hello": "world"}')
		});
		await expect(other.getByRole('alert')).toContainText(
			'not a Chipwise backup. Nothing was changed.'
		);
		await fresh.close();
	});

	test('Settings says how much this device stores, in a readable sentence', async ({ page }) => {
		await gotoReady(page, '/settings/');
		await expect(page.getByRole('region', { name: 'Storage on this device' })).toContainText(
			/Chipwise uses [\d.,]+ \w+ of the [\d.,]+ \w+ this browser allows\./
		);
	});
});
