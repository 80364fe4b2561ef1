import type { Locator, Page } from '@playwright/test';
import { expect, gotoReady, keepOfflineNotice, test } from './fixtures';
import { answerCorrectly, answerWrongly, packQuestions, shownQuestion } from './quiz-helpers';

/** Whether the whole of a control is on screen as the page stands, without scrolling. */
async function onScreen(page: Page, target: Locator): Promise<boolean> {
	// Once the verdict has finished rising.
	await page.waitForFunction(() =>
		document.getAnimations().every((a) => a.playState !== 'running')
	);
	const box = await target.boundingBox();
	const height = page.viewportSize()?.height ?? 0;
	return Boolean(box && box.y >= 0 && box.y + box.height <= height);
}

const TYPES = 9;

test.describe('the quiz on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('Check and Continue are on screen without scrolling for every question type, and the count never grows', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const seen = new Set<string>();
		for (const set of ['the-ban.deeper', 'why.deeper', 'us-side.basics', 'allies.deeper']) {
			if (seen.size === TYPES) break;
			await gotoReady(page, `/quiz/${set}/?mode=practice`);
			const questions = await packQuestions(page, set);
			// The quiz has the screen: no app navigation while answering.
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
			let missed = 0;
			const total = questions.length;
			for (let n = 1; n <= total; n++) {
				// However many are missed, the set counts its own questions.
				await expect(
					page.getByRole('heading', { name: `Question ${n} of ${total}` })
				).toBeVisible();
				const q = await shownQuestion(page, questions);
				seen.add(q.type);
				await page.evaluate(() => window.scrollTo(0, 0));
				const wrong = n % 3 === 1 && q.type !== 'ordering';
				await (wrong ? answerWrongly(page, q) : answerCorrectly(page, q));
				const check = page.getByRole('button', { name: 'Check' });
				expect(await onScreen(page, check), `Check on ${q.type}`).toBe(true);
				await check.click();
				const verdict = page.getByRole('heading', { name: /^(Correct|Not quite|Partly right)/ });
				await expect(verdict).toBeFocused();
				if (!(await verdict.innerText()).startsWith('Correct')) missed += 1;
				const next = page.getByRole('button', {
					name: n < total || missed ? 'Continue' : 'See your results'
				});
				expect(await onScreen(page, verdict), `verdict on ${q.type}`).toBe(true);
				expect(await onScreen(page, next), `Continue on ${q.type}`).toBe(true);
				await next.click();
			}
			// The missed questions come back as a round of their own.
			for (let k = 1; k <= missed; k++) {
				await expect(
					page.getByRole('heading', { name: `Second chance: ${k} of ${missed}` })
				).toBeVisible();
				await answerCorrectly(page, await shownQuestion(page, questions));
				await page.getByRole('button', { name: 'Check' }).click();
				await page
					.getByRole('button', { name: k < missed ? 'Continue' : 'See your results' })
					.click();
			}
			await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeVisible();
			await expect(page.getByText(`${total - missed} of ${total} right`)).toBeVisible();
		}
		expect(seen.size).toBe(TYPES);
	});

	test('the end of a question scrolls clear of the verdict, and a notice shows above it', async ({
		page
	}) => {
		await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
		const notice = await keepOfflineNotice(page);
		const questions = await packQuestions(page, 'the-ban.basics');
		await answerWrongly(page, await shownQuestion(page, questions));
		await page.getByRole('button', { name: 'Check' }).click();
		// The verdict rises in the bar at the foot of the screen, which grows to hold it.
		const verdict = page.getByRole('heading', { name: /^(Not quite|Partly right)/ });
		await expect(verdict).toBeFocused();
		const top = async (target: Locator) => (await target.boundingBox())?.y ?? 0;
		const bottom = async (target: Locator) => {
			const box = await target.boundingBox();
			return box ? box.y + box.height : Infinity;
		};
		// Scrolled to its end, the question's last line is above the verdict, not under it.
		const question = page.getByRole('group').first();
		const last = question.locator(':scope > *').last();
		await question.evaluate((el) => {
			const runner = el.closest('.runner');
			runner?.scrollTo(0, runner.scrollHeight);
		});
		await expect.poll(() => bottom(last)).toBeLessThanOrEqual(await top(verdict));
		// The first visit's notice rises above the verdict.
		await expect(notice).toBeVisible({ timeout: 20_000 });
		expect(await bottom(notice)).toBeLessThanOrEqual(await top(verdict));
	});

	test('Enter checks and Enter again continues', async ({ page }) => {
		await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
		const questions = await packQuestions(page, 'the-ban.basics');
		for (let n = 1; n <= 3; n++) {
			await expect(page.getByRole('heading', { name: `Question ${n} of 7` })).toBeVisible();
			const q = await shownQuestion(page, questions);
			await answerCorrectly(page, q);
			// Matching tiles and ordering buttons keep Enter for themselves: start from a choice.
			if (q.type === 'matching' || q.type === 'ordering') {
				await page.getByRole('heading', { name: `Question ${n} of 7` }).focus();
			}
			await page.keyboard.press('Enter');
			await expect(page.getByRole('heading', { name: /^Correct/ })).toBeFocused();
			await page.keyboard.press('Enter');
		}
		await expect(page.getByRole('heading', { name: 'Question 4 of 7' })).toBeFocused();
	});

	test('closing the quiz keeps the answers, and the quiz opens again where it was', async ({
		page
	}) => {
		await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
		const questions = await packQuestions(page, 'the-ban.basics');
		await answerCorrectly(page, await shownQuestion(page, questions));
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByRole('heading', { name: 'Question 2 of 7' })).toBeVisible();
		await page.getByRole('link', { name: /^Close, back to/ }).click();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('The ban');
		await page.goto('/quiz/the-ban.basics/?mode=practice');
		await expect(page.getByRole('heading', { name: 'Question 2 of 7' })).toBeVisible();
	});
});
