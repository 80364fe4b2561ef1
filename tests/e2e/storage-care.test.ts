import type { Page } from '@playwright/test';
import { expect, gotoReady, test } from './fixtures';
import { answerCorrectly, packQuestions, shownQuestion } from './quiz-helpers';

/**
 * A browser that has not promised to keep the data and does not grant it: each call to
 * `navigator.storage.persist()` is counted in localStorage, where the test can read it.
 */
async function stubPersistence(page: Page) {
	await page.addInitScript(() => {
		const storage = navigator.storage;
		storage.persisted = async () => false;
		storage.persist = async () => {
			localStorage.setItem(
				'persistCalls',
				String(Number(localStorage.getItem('persistCalls')) + 1)
			);
			return false;
		};
	});
}

const persistCalls = (page: Page) =>
	page.evaluate(() => Number(localStorage.getItem('persistCalls')));

async function finishSet(page: Page) {
	await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
	const questions = await packQuestions(page, 'the-ban.basics');
	for (let n = 1; n <= 7; n++) {
		await expect(page.getByRole('heading', { name: `Question ${n} of 7` })).toBeVisible();
		await answerCorrectly(page, await shownQuestion(page, questions));
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: n < 7 ? 'Continue' : 'See your results' }).click();
	}
	await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeVisible();
}

/** Room in px the page keeps below its end for a notice at the foot of the screen. */
const noticeRoom = (page: Page) =>
	page.evaluate(
		() =>
			parseFloat(
				getComputedStyle(document.getElementById('main')!).getPropertyValue('--notice-space')
			) || 0
	);

const reminder = (page: Page) =>
	page.getByRole('region', { name: 'Save a backup of your progress' });

test('after the first finished set the app asks to keep the data, and reminds about a backup', async ({
	page
}) => {
	test.setTimeout(120_000);
	await stubPersistence(page);
	await gotoReady(page, '/');
	await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
	await gotoReady(page, '/progress/');
	await expect(page.getByRole('heading', { name: 'Kept on this device' })).toBeVisible();
	// Not on a first visit.
	expect(await persistCalls(page)).toBe(0);
	await expect(reminder(page)).toHaveCount(0);

	await finishSet(page);
	await expect.poll(() => persistCalls(page)).toBe(1);
	// No reminder in the quiz; it waits for a page where the learner looks back.
	await expect(reminder(page)).toHaveCount(0);

	await gotoReady(page, '/');
	await expect(reminder(page)).toBeVisible();
	// The page keeps room below its end while the reminder shows, so it hides nothing for good.
	await expect.poll(() => noticeRoom(page)).toBeGreaterThan(40);
	// A teacher's pages are about the class, not this learner's progress.
	await page.getByRole('link', { name: 'Teach', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Teach' })).toBeVisible();
	await expect(reminder(page)).toHaveCount(0);
	await page.getByRole('link', { name: 'Learn', exact: true }).click();
	await expect(reminder(page)).toBeVisible();
	await reminder(page).getByRole('button', { name: 'Not now' }).click();
	await expect(reminder(page)).toHaveCount(0);
	await expect.poll(() => noticeRoom(page)).toBe(0);

	// Not again within the week, even after more progress; and the browser is asked only once.
	await finishSet(page);
	await gotoReady(page, '/progress/');
	await expect(page.getByRole('heading', { name: 'Kept on this device' })).toBeVisible();
	await expect(page.getByText('This browser may delete your progress')).toBeVisible();
	await expect(reminder(page)).toHaveCount(0);
	expect(await persistCalls(page)).toBe(1);

	await gotoReady(page, '/settings/');
	const storage = page.getByRole('region', { name: 'Storage on this device' });
	await expect(storage).toContainText('This browser may delete your progress');
	await expect(
		storage.getByRole('button', { name: 'Ask the browser to keep my progress' })
	).toBeVisible();
});

test('a saved backup answers the reminder', async ({ page }) => {
	test.setTimeout(90_000);
	await stubPersistence(page);
	await finishSet(page);
	await gotoReady(page, '/progress/');
	const download = page.waitForEvent('download');
	await reminder(page).getByRole('button', { name: 'Save a backup' }).click();
	expect((await download).suggestedFilename()).toMatch(/\.json$/);
	await expect(page.getByText(/^Saved .*\.json\. Keep it somewhere safe/)).toBeVisible();
	await gotoReady(page, '/');
	await expect(reminder(page)).toHaveCount(0);
});

test('on an iPhone in Safari, Settings explains the Home Screen', async ({ browser }) => {
	const context = await browser.newContext({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
		viewport: { width: 390, height: 800 }
	});
	const page = await context.newPage();
	await gotoReady(page, '/settings/');
	const storage = page.getByRole('region', { name: 'Storage on this device' });
	await expect(storage).toContainText('Add to Home Screen');
	await expect(storage).toContainText('keeps its own copy');
	await context.close();
});
