import type { Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/teach/assignment';
import { makeAssignment } from '../../src/lib/teach/factories';
import { expect, gotoReady, test } from './fixtures';
import { answerCorrectly, packQuestions, shownQuestion } from './quiz-helpers';

/** The active learner's id, once Settings has made the first one. */
async function activeLearner(page: Page): Promise<string> {
	await gotoReady(page, '/settings/');
	const read = () =>
		page.evaluate(
			() =>
				new Promise<string>((resolve, reject) => {
					const open = indexedDB.open('chipwise');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const names = [...db.objectStoreNames];
						if (!names.includes('settings')) return (resolve(''), db.close());
						const get = db.transaction('settings').objectStore('settings').get('activeProfile');
						get.onsuccess = () => (resolve(String(get.result?.value ?? '')), db.close());
					};
				})
		);
	await expect.poll(read).not.toBe('');
	return read();
}

/** Stores an attempt as a restored backup or an older version of the lessons could leave it. */
async function putAttempt(page: Page, attempt: Record<string, unknown>) {
	await page.evaluate(
		(row) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('chipwise');
				open.onsuccess = () => {
					const tx = open.result.transaction('attempts', 'readwrite');
					tx.objectStore('attempts').put(row);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		attempt
	);
}

const attemptRow = (id: string, profileId: string, questionIds: string[]) => ({
	id,
	profileId,
	setId: 'retry',
	title: 'Broken set',
	mode: 'practice',
	seed: 1,
	shuffle: false,
	questionIds,
	queue: questionIds,
	position: 0,
	drafts: {},
	startedAt: 1,
	updatedAt: 1,
	finishedAt: null,
	moduleId: null,
	assignmentId: null
});

const assignment = (questionIds: string[], over = {}) =>
	encodeAssignment(
		makeAssignment({
			title: 'Week 5',
			questionIds,
			mode: 'practice',
			shuffle: false,
			due: null,
			attemptsAllowed: 0,
			...over
		})
	);

async function startAssignment(page: Page, code: string) {
	await gotoReady(page, `/a/#${code}`);
	const start = page.getByRole('button', { name: /^(Start|Continue|Try again)/ });
	await expect(start).toBeVisible();
	const name = page.getByLabel('Your name, as your teacher should see it');
	if (await name.isVisible()) await name.fill('Zoë');
	await start.click();
}

async function answerOne(page: Page, n: number, total: number) {
	const questions = await packQuestions(page);
	await expect(page.getByRole('heading', { name: `Question ${n} of ${total}` })).toBeVisible();
	await answerCorrectly(page, await shownQuestion(page, questions));
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('heading', { name: /^Correct/ })).toBeVisible();
}

test('a session naming questions the lessons no longer have opens what is left', async ({
	page
}) => {
	const me = await activeLearner(page);
	await putAttempt(page, attemptRow('broken-attempt', me, ['nope.q1', 'the-ban.q01']));
	await gotoReady(page, '/session/?attempt=broken-attempt');
	await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
	await expect(
		page.getByText('1 question of this set is no longer in the lessons, so it is left out of it.')
	).toBeVisible();

	await putAttempt(page, attemptRow('empty-attempt', me, ['nope.q1', 'nope.q2']));
	await gotoReady(page, '/session/?attempt=empty-attempt');
	await expect(
		page.getByText('None of the questions of this set are in the lessons any more')
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'See your progress' })).toBeVisible();
});

test("another learner's session is not opened", async ({ page }) => {
	await activeLearner(page);
	await putAttempt(page, attemptRow('theirs', 'someone-else', ['the-ban.q01']));
	await gotoReady(page, '/session/?attempt=theirs');
	await expect(page.getByRole('alert')).toHaveText(
		'This session belongs to another learner on this device. Switch learner in Settings to open it.'
	);
	await expect(page.getByRole('link', { name: 'Switch learner in Settings' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Question/ })).toHaveCount(0);
});

test('assignment links that cannot be done are not kept or offered on Learn', async ({ page }) => {
	await activeLearner(page);
	const other = encodeAssignment(makeAssignment({ id: 'other-pack-1', packId: 'other-pack' }));
	const unknown = encodeAssignment(
		makeAssignment({ id: 'unknown-qs-1', questionIds: ['nope.q01', 'nope.q02'] })
	);
	for (const [code, heading, why] of [
		[other, 'This assignment needs its lessons', /not on this device yet/],
		[unknown, "This assignment can't be opened", /None of this assignment's questions/]
	] as const) {
		await gotoReady(page, `/a/#${code}`);
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		await expect(page.getByRole('alert')).toContainText(why);
	}
	// A link that can be done is kept: Learn lists it alone.
	await gotoReady(page, `/a/#${assignment(['the-ban.q01'], { id: 'doable-1x', title: 'Doable' })}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Doable' })).toBeVisible();
	// As a learner goes to Learn: a reload at once could cut the write that keeps it short.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
	const assigned = page.getByRole('region', { name: 'Assigned to me' });
	await expect(assigned.getByRole('listitem')).toHaveCount(1);
	await expect(assigned).toContainText('Doable');
});

test('an edited assignment: the old attempt is not resumed, and a fresh start works', async ({
	page
}) => {
	const v1 = assignment(['the-ban.q01', 'the-ban.q02', 'the-ban.q03']);
	const v2 = assignment(['the-ban.q04', 'the-ban.q07', 'the-ban.q09', 'the-ban.q10']);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await startAssignment(page, v1);
	await answerOne(page, 1, 3);

	await gotoReady(page, '/');
	await gotoReady(page, `/a/#${v2}`);
	await expect(
		page.getByText('Your teacher changed this assignment since you started it.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Start again with the new questions' }).click();
	await answerOne(page, 1, 4);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('the evidence link keeps the assignment out of the address sent to the server, and Back returns', async ({
	page
}) => {
	await startAssignment(page, assignment(['the-ban.q01', 'the-ban.q02'], { id: 'evidence-1x' }));
	await answerOne(page, 1, 2);
	await page.getByRole('button', { name: 'Why?' }).click();
	const link = page.getByRole('link', { name: 'Read it in the article' });
	const href = (await link.getAttribute('href')) ?? '';
	const query = new URL(href, 'http://x').search;
	expect(query).toContain('from=');
	expect(decodeURIComponent(query)).not.toMatch(/#|A\d\./);
	await link.click();
	await page.getByRole('link', { name: '← Back to where you were' }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Correct/ })).toBeVisible();
});

test('Back after closing a running assignment returns to it, at its question', async ({ page }) => {
	const ids = ['the-ban.q01', 'the-ban.q02', 'the-ban.q03', 'the-ban.q04', 'the-ban.q07'];
	await startAssignment(page, assignment(ids, { id: 'back-nav-1x' }));
	for (let n = 1; n <= 4; n++) {
		await answerOne(page, n, 5);
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Question 5 of 5' })).toBeVisible();
	await page.getByRole('link', { name: 'Close, back to Learn' }).click();
	await expect(page).toHaveURL(/\/$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/a\/\?attempt=/);
	await expect(page.getByRole('heading', { name: 'Question 5 of 5' })).toBeVisible();
});
