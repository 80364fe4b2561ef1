import { expect, gotoReady, test, waitForOffline } from './fixtures';
import {
	answerCorrectly,
	answerWrongly,
	controlsState,
	packQuestions,
	pressButton,
	shownQuestion
} from './quiz-helpers';

test.describe('the quiz player', () => {
	test('a whole set in practice mode with the keyboard alone', async ({ page }) => {
		test.setTimeout(90_000);
		await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
		const questions = await packQuestions(page, 'the-ban.basics');
		for (let n = 1; n <= 7; n++) {
			await expect(page.getByRole('heading', { name: `Question ${n} of 7` })).toBeVisible();
			const q = await shownQuestion(page, questions);
			await answerCorrectly(page, q);
			await pressButton(page, 'Check');
			const verdict = page.getByRole('heading', { name: /^Correct/ });
			await expect(verdict).toBeFocused();
			await expect(page.getByRole('status').filter({ hasText: 'Correct.' })).toBeAttached();
			await pressButton(page, n < 7 ? 'Continue' : 'See your results');
		}
		await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeFocused();
		await expect(page.getByText(/Your score\s*100%/)).toBeVisible();
		await expect(page.getByText('7 of 7 right')).toBeVisible();
		// What grew: every objective of the set is started, and the day counts for the streak.
		const grew = page.getByRole('list', { name: 'What grew' });
		await expect(grew).toContainText(/You started \d+ new learning objectives/);
		await expect(grew).toContainText('1-day streak: day one.');
		await expect(page.getByRole('heading', { name: 'By learning objective' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Continue' })).toHaveAttribute(
			'href',
			/\/module\/why\//
		);
		await expect(page.getByText(/^Next module:/)).toBeVisible();
	});

	test('a miss is explained with the evidence, and comes back once at the end', async ({
		page
	}) => {
		await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
		const questions = await packQuestions(page, 'the-ban.basics');
		await answerWrongly(page, await shownQuestion(page, questions));
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('heading', { name: /Not quite|Partly right/ })).toBeFocused();
		// The miss will come back, in a round of its own: the set still counts 9.
		await expect(page.getByRole('heading', { name: 'Question 1 of 7' })).toBeVisible();
		const feedback = page.getByRole('region', { name: /Not quite|Partly right/ });
		await feedback.getByRole('button', { name: 'Why?' }).click();
		await expect(feedback.getByRole('link', { name: 'Read it in the article' })).toBeVisible();
		await feedback.getByRole('link', { name: 'Read it in the article' }).click();
		await expect(page.locator('mark#highlight')).toBeFocused();
		await page.getByRole('link', { name: /Back to where you were/ }).click();
		// Back at the same question, its feedback still shown.
		await expect(page.getByRole('heading', { name: /Not quite|Partly right/ })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Question 1 of 7' })).toBeVisible();
	});

	test('a reload in the middle of a set resumes at the same question with the same answers', async ({
		page
	}) => {
		await gotoReady(page, '/quiz/the-ban.deeper/?mode=test');
		const questions = await packQuestions(page, 'the-ban.deeper');
		await page.getByRole('button', { name: 'Next', exact: true }).click();
		await page.getByRole('button', { name: 'Next', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Question 3 of 6' })).toBeVisible();
		const q = await shownQuestion(page, questions);
		await answerCorrectly(page, q);
		const legend = await page.locator('fieldset legend').first().innerText();
		const before = await controlsState(page);
		await expect(page.getByRole('button', { name: 'Question 3, answered' })).toBeVisible();

		await page.reload();
		await expect(page.getByRole('heading', { name: 'Question 3 of 6' })).toBeVisible();
		await expect(page.locator('fieldset legend').first()).toHaveText(legend);
		expect(await controlsState(page)).toEqual(before);
		await expect(page.getByRole('button', { name: 'Question 3, answered' })).toBeVisible();

		// Learn offers to resume it.
		await gotoReady(page, '/');
		await page
			.getByRole('link', { name: /^Resume.*Go deeper/ })
			.first()
			.click();
		await expect(page.getByRole('heading', { name: 'Question 3 of 6' })).toBeVisible();
	});

	test('a whole set in test mode, then the review of every question', async ({ page }) => {
		test.setTimeout(60_000);
		await gotoReady(page, '/quiz/why.basics/?mode=test');
		const questions = await packQuestions(page, 'why.basics');
		await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
		const total = Number(
			(await page.getByRole('heading', { name: /Question 1 of/ }).innerText()).match(
				/of (\d+)/
			)?.[1]
		);
		// Answer all but the last one correctly; no feedback is shown on the way.
		for (let n = 1; n < total; n++) {
			await expect(page.getByRole('heading', { name: `Question ${n} of ${total}` })).toBeVisible();
			await answerCorrectly(page, await shownQuestion(page, questions));
			await expect(page.getByRole('heading', { name: /^Correct|Not quite/ })).toHaveCount(0);
			await page.getByRole('button', { name: 'Next', exact: true }).click();
		}
		await page.getByRole('button', { name: 'Submit the test' }).click();
		await expect(page.getByRole('alert')).toContainText('1 question has no answer');
		await page.getByRole('button', { name: 'Yes, submit the test' }).click();

		await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeVisible();
		await expect(page.getByText(`${total - 1} of ${total} right`)).toBeVisible();
		await page.getByText('Question by question').click();
		const review = page.getByRole('listitem').filter({ hasText: 'Your answer:' });
		await expect(review).toHaveCount(total);
		await expect(review.filter({ hasText: '(no answer)' })).toHaveCount(1);
		await expect(page.getByRole('button', { name: 'Retry the 1 missed question' })).toBeVisible();
	});

	test('a set completed with the network off', async ({ page, context }) => {
		test.setTimeout(60_000);
		await gotoReady(page, '/');
		await waitForOffline(page);
		const questions = await packQuestions(page, 'reactions.basics');
		await context.setOffline(true);
		await gotoReady(page, '/quiz/reactions.basics/?mode=practice');
		const total = Number(
			(await page.getByRole('heading', { name: /Question 1 of/ }).innerText()).match(
				/of (\d+)/
			)?.[1]
		);
		for (let n = 1; n <= total; n++) {
			await expect(page.getByRole('heading', { name: `Question ${n} of ${total}` })).toBeVisible();
			await answerCorrectly(page, await shownQuestion(page, questions));
			await page.getByRole('button', { name: 'Check' }).click();
			await page.getByRole('button', { name: n < total ? 'Continue' : 'See your results' }).click();
		}
		await expect(page.getByText(/Your score\s*100%/)).toBeVisible();
		// The score ring fills as the set ends; opened again, it shows the score at once.
		const ringFills = () =>
			page
				.locator('.results svg circle.fill')
				.evaluate((c) => getComputedStyle(c).animationName !== 'none');
		expect(await ringFills()).toBe(true);
		await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeFocused();
		await page.reload();
		// Opened again, the page starts at its top like any other: focus is not moved.
		const title = page.getByRole('heading', { level: 1, name: /^Results/ });
		await expect(title).toBeVisible();
		expect(await ringFills()).toBe(false);
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);
		await expect(title).not.toBeFocused();
	});
});
