import type { Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/teach/assignment';
import { makeAssignment } from '../../src/lib/teach/factories';
import { expect, gotoReady, test, waitForOffline } from './fixtures';
import { answerCorrectly, packQuestions, shownQuestion } from './quiz-helpers';

const appDatabase = (page: Page) =>
	page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'chipwise'));

test('a first visit keeps nothing until there is something to keep, then shows it', async ({
	page
}) => {
	// Reading costs a phone no storage work: no learner or database is made just to look.
	await gotoReady(page, '/');
	await waitForOffline(page);
	await gotoReady(page, '/module/the-ban/');
	await gotoReady(page, '/module/the-ban/the-ban.l1/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// A teacher looking first sees an empty list, still without a database.
	await gotoReady(page, '/teach/');
	await expect(page.getByText('No assignments yet. Make your first one.')).toBeVisible();
	await gotoReady(page, '/teach/classes/');
	await expect(page.getByText('No classes yet.', { exact: false })).toBeVisible();
	expect(await appDatabase(page)).toBe(false);

	// The first question shows at once; its answer is kept.
	await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
	const questions = await packQuestions(page, 'the-ban.basics');
	await answerCorrectly(page, await shownQuestion(page, questions));
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('heading', { name: /^Correct/ })).toBeVisible();
	expect(await appDatabase(page)).toBe(true);

	// Without a reload, the rest of the app knows the learner now.
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByRole('link', { name: /^Close, back to/ }).click();
	await page.getByRole('link', { name: 'Progress' }).first().click();
	await expect(
		page.getByRole('list', { name: 'Summary' }).getByRole('listitem').filter({ hasText: 'answers' })
	).toContainText('1');
});

test('on a first visit, the review goal chosen is kept', async ({ page }) => {
	await gotoReady(page, '/review/');
	await expect(page.getByText('Nothing to review yet')).toBeVisible();
	await page.getByRole('radio', { name: /85%/ }).check();
	await expect(page.getByText('Saved. It applies to your next answers.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('radio', { name: /85%/ })).toBeChecked();
});

test.describe('without the service worker, so every script can be refused', () => {
	test.use({ serviceWorkers: 'block' });

	test('before the app runs, a practice link shows its first question on a first visit, the same one the app opens', async ({
		page
	}) => {
		const url = '/quiz/the-ban.basics/?mode=practice';
		const questions = await (async () => {
			await page.goto('/robots.txt');
			return packQuestions(page, 'the-ban.basics');
		})();
		// Only the prerendered page: no script of the app arrives.
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto(url);
		const legend = page.locator('fieldset legend').first();
		await expect(legend).toBeVisible();
		await expect(legend).toContainText('Question 1 of 7');
		const prerendered = await shownQuestion(page, questions);
		await expect(page.getByRole('link', { name: 'Start the test' })).toBeHidden();
		// One heading: the quiz's own, not the set page's under it.
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

		// The app takes the same question over where the page drew it, and keeps the answer.
		await page.unroute('**/_app/immutable/**/*.js');
		let release = () => {};
		const scripts = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await scripts;
			await route.continue();
		});
		await page.goto(url, { waitUntil: 'domcontentloaded' });
		await legend.evaluate((el) => (el.dataset.drawn = 'before the app'));
		release();
		await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
		await expect(legend).toHaveAttribute('data-drawn', 'before the app');
		await page.unroute('**/_app/immutable/**/*.js');
		expect((await shownQuestion(page, questions)).id).toBe(prerendered.id);
		await answerCorrectly(page, prerendered);
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
		await expect.poll(() => appDatabase(page)).toBe(true);

		// Once the browser holds something, a link paints the set and waits for the app: its own
		// attempt, not the first question, is what it opens.
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto(url);
		await expect(page.getByRole('heading', { level: 1, name: /Basics$/ })).toBeVisible();
		await expect(page.getByText('Opening the quiz…')).toBeVisible();
		await expect(legend).toBeHidden();
		await expect(page.getByRole('link', { name: 'Start the test' })).toBeHidden();

		await page.goto('/quiz/the-ban.basics/?mode=test');
		await expect(page.getByText('Opening the quiz…')).toBeVisible();
		await expect(legend).toBeHidden();
		await page.goto('/quiz/the-ban.basics/');
		await expect(page.getByRole('link', { name: 'Start the test' })).toBeVisible();
		await expect(page.getByText('Opening the quiz…')).toBeHidden();
		await expect(legend).toBeHidden();
	});

	test('a student who opened an assignment link can start it after the connection goes', async ({
		page,
		context
	}) => {
		const ids = ['the-ban.q01', 'the-ban.q02'];
		const code = encodeAssignment(
			makeAssignment({ title: 'Week 5', questionIds: ids, mode: 'practice', shuffle: false })
		);
		await gotoReady(page, `/a/#${code}`);
		const questions = (await packQuestions(page)).filter((q) => ids.includes(q.id));
		const start = page.getByRole('button', { name: /^Start/ });
		await expect(start).toBeVisible();
		// Once idle, the page asks for what doing the assignment needs, before anyone presses Start.
		await page.evaluate(
			() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 }))
		);
		await page.waitForLoadState('networkidle');
		await context.setOffline(true);
		await page.getByLabel('Your name, as your teacher should see it').fill('Zoë');
		await start.click();
		for (const n of [1, 2]) {
			await expect(page.getByRole('heading', { name: `Question ${n} of 2` })).toBeVisible();
			await answerCorrectly(page, await shownQuestion(page, questions));
			await page.getByRole('button', { name: 'Check' }).click();
			await expect(page.getByRole('heading', { name: /^Correct/ })).toBeVisible();
			await page.getByRole('button', { name: /^(Continue|See your results)$/ }).click();
		}
		await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'Send your result to your teacher' })
		).toBeVisible();
	});
});
