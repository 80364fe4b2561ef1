import { encodeAssignment } from '../../src/lib/teach/assignment';
import { makeAssignment } from '../../src/lib/teach/factories';
import { expect, gotoReady, test } from './fixtures';

// A student opens a teacher's link on a slow phone: the page shows the assignment in its first
// paint, read from the link by a script in the page, and the app takes it over when it loads.
test.use({ serviceWorkers: 'block' });

const SCRIPTS = '**/_app/immutable/**/*.js';
const IDS = ['the-ban.q01', 'the-ban.q02', 'the-ban.q03'];
const link = (over = {}) =>
	`/a/#${encodeAssignment(
		makeAssignment({
			title: 'Week 5: allies',
			due: null,
			returnBy: 'chat',
			questionIds: IDS,
			...over
		})
	)}`;

test('before the app loads, a first visit shows the assignment from its link', async ({ page }) => {
	// Only the page: no script of the app arrives.
	await page.route(SCRIPTS, (route) => route.abort());
	await page.goto(link());
	const card = page.getByRole('region', { name: 'Week 5: allies' });
	await expect(card.getByRole('heading', { level: 1, name: 'Week 5: allies' })).toBeVisible();
	await expect(card.getByText('Assignment · class 10B')).toBeVisible();
	await expect(card.getByText('No due date')).toBeVisible();
	await expect(card.getByText('Copy your receipt and paste it in the class chat')).toBeVisible();
	await expect(card.getByText('0 of 2 used')).toBeVisible();
	await expect(card.getByText('3', { exact: true })).toBeVisible();
	await expect(page).toHaveTitle('Week 5: allies · Chipwise');
	await expect(page.getByText('Opening the assignment…')).toBeHidden();
	// Start waits for the app: nothing could keep the attempt yet.
	await expect(page.getByRole('button', { name: 'Start' })).toBeDisabled();

	// A link the page cannot vouch for waits for the app, which says what is wrong.
	const damaged = link().replace(/.{4}$/, 'AAAA');
	await page.goto('/robots.txt');
	await page.goto(damaged);
	await expect(page.getByText('Opening the assignment…')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
	await page.unroute(SCRIPTS);
	await page.reload();
	await expect(
		page.getByRole('heading', { name: "This assignment can't be opened" })
	).toBeVisible();
});

test('the app takes over the card the page drew, with the name typed meanwhile', async ({
	page
}) => {
	let release = () => {};
	const scripts = new Promise<void>((resolve) => (release = resolve));
	await page.route(SCRIPTS, async (route) => {
		await scripts;
		await route.continue();
	});
	await page.goto(link({ mode: 'practice' }), { waitUntil: 'domcontentloaded' });
	const heading = page.getByRole('heading', { level: 1, name: 'Week 5: allies' });
	await expect(heading).toBeVisible();
	await heading.evaluate((el) => (el.dataset.drawn = 'before the app'));
	await page.getByLabel('Your name, as your teacher should see it').fill('Zoë');
	release();
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
	const start = page.getByRole('button', { name: 'Start' });
	await expect(start).toBeEnabled();
	// The same heading: hydration found the words in place and drew nothing again.
	await expect(heading).toHaveAttribute('data-drawn', 'before the app');
	await expect(page.getByLabel('Your name, as your teacher should see it')).toHaveValue('Zoë');
	await start.click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
});

test('once something is stored, the page waits for the app to show the learner’s own standing', async ({
	page
}) => {
	await gotoReady(page, link({ attemptsAllowed: 0 }));
	await page.getByLabel('Your name, as your teacher should see it').fill('Zoë');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();

	await page.route(SCRIPTS, (route) => route.abort());
	await page.goto('/robots.txt');
	await page.goto(link({ attemptsAllowed: 0 }));
	await expect(page.getByText('Opening the assignment…')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
	await page.unroute(SCRIPTS);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Week 5: allies' })).toBeVisible();
});

test('a student who goes to Learn before the app has read the link finds it in "Assigned to me"', async ({
	page
}) => {
	// The lessons arrive late, as on a slow connection: the student leaves before they do.
	let release = () => {};
	const lessons = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/packs/*.json', async (route) => {
		await lessons;
		await route.continue();
	});
	await gotoReady(page, link());
	await expect(page.getByRole('heading', { level: 1, name: 'Week 5: allies' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Assigned to me' })).toHaveCount(0);
	release();
	const assigned = page.getByRole('region', { name: 'Assigned to me' });
	await expect(assigned.getByRole('listitem')).toHaveCount(1);
	await expect(assigned.getByRole('link', { name: 'Week 5: allies' })).toBeVisible();
});
