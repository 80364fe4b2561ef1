import type { Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/teach/assignment';
import { makeAssignment } from '../../src/lib/teach/factories';
import { expect, gotoReady, test } from './fixtures';
import { answerCorrectly, packQuestions, shownQuestion } from './quiz-helpers';

/** From the moment the page sets `diskFull` in localStorage, every IndexedDB write fails as on a full device. */
async function fullDiskOnRequest(page: Page) {
	await page.addInitScript(() => {
		const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		for (const method of ['put', 'add'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (
				this: IDBObjectStore,
				...args: [unknown, IDBValidKey?]
			) {
				if (localStorage.getItem('diskFull')) throw full();
				return original.apply(this, args);
			};
		}
	});
}

test('with IndexedDB refused, lessons and quizzes still work, with an honest warning', async ({
	page
}) => {
	await page.addInitScript(() => {
		// A browser that refuses storage refuses the whole factory: opening and listing.
		const denied = () =>
			new DOMException('The user denied permission to access the database.', 'SecurityError');
		IDBFactory.prototype.open = function () {
			throw denied();
		};
		IDBFactory.prototype.databases = () => Promise.reject(denied());
	});
	await gotoReady(page, '/');
	await expect(page.getByRole('alert')).toContainText('your progress will not be kept');
	await gotoReady(page, '/module/the-ban/the-ban.l1/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Who acted, and against whom' })
	).toBeVisible();

	await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
	const questions = await packQuestions(page, 'the-ban.basics');
	await answerCorrectly(page, await shownQuestion(page, questions));
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('heading', { name: /^Correct/ })).toBeVisible();
	await expect(page.getByRole('alert').first()).toContainText('will not be kept');
});

test('a full disk gets a clear message, keeps earlier answers, and the quiz goes on', async ({
	page
}) => {
	await fullDiskOnRequest(page);
	await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
	const questions = await packQuestions(page, 'the-ban.basics');
	await answerCorrectly(page, await shownQuestion(page, questions));
	await page.getByRole('button', { name: 'Check' }).click();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { name: 'Question 2 of 7' })).toBeVisible();

	await page.evaluate(() => localStorage.setItem('diskFull', '1'));
	await answerCorrectly(page, await shownQuestion(page, questions));
	await expect(page.getByRole('alert')).toContainText('could not be saved on this device');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('heading', { name: /^Correct/ })).toBeVisible();

	// Space again: the earlier answer was never lost.
	await page.evaluate(() => localStorage.removeItem('diskFull'));
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Question 2 of 7' })).toBeVisible();
	await gotoReady(page, '/progress/');
	await expect(
		page.getByRole('list', { name: 'Summary' }).getByRole('listitem').first()
	).toContainText('1');

	// A practice that cannot be kept says why, and the page stays.
	await page.evaluate(() => localStorage.setItem('diskFull', '1'));
	await page.getByRole('button', { name: 'Practise these' }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'The practice could not start' })
	).toContainText('no room left on this device');
	await expect(page).toHaveURL(/\/progress\/$/);
});

test('a full device is named as such, with what to do, on an assignment', async ({ page }) => {
	await fullDiskOnRequest(page);
	await gotoReady(page, '/');
	await expect(page.getByRole('link', { name: /switch learner|Settings/ }).first()).toBeVisible();
	// The learner exists; from now on every write fails for lack of space.
	await page.evaluate(() => localStorage.setItem('diskFull', '1'));

	await gotoReady(page, `/a/#${encodeAssignment(makeAssignment({ title: 'Week 4' }))}`);
	const warning = page.getByRole('alert').filter({ hasText: 'no room left on this device' });
	await expect(warning).toContainText('Free some space');
	await expect(page.getByText('this browser is not keeping data')).toHaveCount(0);
});
