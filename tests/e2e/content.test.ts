import { expect, gotoReady, test, waitForOffline } from './fixtures';
import { layoutShift, watchLayoutShifts } from './layout-shift';

test.describe('learning from the content pack', () => {
	test('Learn lists the modules with the source and date', async ({ page }) => {
		await gotoReady(page, '/');
		await expect(page.getByText('From the news · UPI, 22 May 2023')).toBeVisible();
		const modules = page
			.getByRole('list')
			.filter({ has: page.getByRole('link', { name: /Module 1:/ }) });
		await expect(modules.getByRole('listitem')).toHaveCount(6);
		await expect(page.getByRole('progressbar', { name: /lessons read/ }).first()).toHaveAttribute(
			'aria-valuenow',
			'0'
		);
	});

	test('a lesson links terms to the glossary and passages to the highlighted article, and back', async ({
		page
	}) => {
		await gotoReady(page, '/');
		await page.getByRole('link', { name: /Module 1:/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.getByRole('link', { name: /Who acted, and against whom/ }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Who acted, and against whom' })
		).toBeVisible();

		const lessonUrl = page.url();
		const passage = page
			.getByRole('region', { name: 'Read it in the article' })
			.getByRole('link')
			.first();
		await passage.click();
		await expect(page).toHaveURL(/\/article\/\?q=/);
		const mark = page.locator('mark#highlight');
		await expect(mark).toBeVisible();
		await expect(mark).toBeFocused();
		await expect(mark).toContainText('The announcement was made Sunday');
		await expect(mark).toBeInViewport();
		await page.getByRole('link', { name: /Back to where you were/ }).click();
		await expect(page).toHaveURL(lessonUrl);

		// A term opens its definition in place; the whole glossary is one link further.
		await page.getByRole('link', { name: 'Cyberspace Administration of China' }).first().click();
		await expect(page).toHaveURL(lessonUrl);
		await page.getByRole('link', { name: 'See it in the glossary' }).click();
		await expect(page).toHaveURL(/\/glossary\/\?from=.*#cac$/);
		await expect(page.locator('#cac')).toContainText('The Chinese regulator');
	});

	test('finishing a lesson is remembered after a reload', async ({ page }) => {
		await gotoReady(page, '/module/the-ban/the-ban.l1/');
		await page.getByRole('button', { name: 'Done — next lesson' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'What is barred, and for whom' })
		).toBeVisible();
		await gotoReady(page, '/module/the-ban/');
		await expect(page.getByText('1 of 3 lessons read')).toBeVisible();
		await page.reload();
		await expect(page.getByText('1 of 3 lessons read')).toBeVisible();
		await expect(
			page.getByRole('link', { name: /Who acted, and against whom.*read/ })
		).toBeVisible();
	});

	test('the article marks its typos [sic] and any paragraph can be linked', async ({ page }) => {
		await gotoReady(page, '/article/#p3');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			/China bans some Micron chip sales/
		);
		await expect(page.locator('#p3')).toContainText(/Mircon\s?\[sic\]/);
		await expect(page.getByRole('link', { name: 'Link to paragraph 3' })).toHaveAttribute(
			'href',
			'#p3'
		);
	});

	test('a passage that is not in the article is reported, not highlighted', async ({ page }) => {
		await gotoReady(page, '/article/?q=' + encodeURIComponent('<img src=x onerror=alert(1)>'));
		await expect(page.getByText('That passage is not in this article')).toBeVisible();
		await expect(page.locator('mark')).toHaveCount(0);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	});

	test('the glossary, the timeline and the pack work offline', async ({ page, context }) => {
		await gotoReady(page, '/');
		await waitForOffline(page);
		await context.setOffline(true);
		await page.goto('/timeline/');
		await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
		await expect(
			page.getByRole('listitem').filter({ hasText: 'China bans Micron purchases' })
		).toBeVisible();
		await page.goto('/glossary/');
		await expect(page.getByText('Export controls', { exact: true })).toBeVisible();
		await page.goto('/module/key-concepts/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const pack = await page.evaluate(async () => (await fetch('/packs/micron-ban.json')).json());
		expect(pack.modules).toHaveLength(6);
	});
});

test('a passage quoted from the headline is highlighted there', async ({ page }) => {
	await gotoReady(page, '/article/?q=' + encodeURIComponent('China bans some Micron chip sales'));
	const mark = page.getByRole('heading', { level: 1 }).locator('mark#highlight');
	await expect(mark).toHaveText('China bans some Micron chip sales');
	await expect(mark).toBeFocused();
});

test('a passage quoted from the photo caption is highlighted there, and announced', async ({
	page
}) => {
	await gotoReady(page, '/article/?q=' + encodeURIComponent('China on Monday banned some sales'));
	const mark = page.getByText(/^Photo caption:/).locator('mark#highlight');
	await expect(mark).toHaveText('China on Monday banned some sales');
	await expect(mark).toBeFocused();
	const status = page.getByRole('status').filter({ hasText: 'The passage is highlighted' });
	await expect(status).toHaveText('The passage is highlighted in the photo caption.');
});

test('Learn suggests one next step, in a box that never shifts the page', async ({ page }) => {
	// A phone's width, where a longer suggestion would wrap onto more lines.
	await page.setViewportSize({ width: 360, height: 740 });
	await gotoReady(page, '/');
	const next = page.getByRole('region', { name: 'Who acted, and against whom' });
	await expect(next).toContainText('Up next · Module 1');
	await next.getByRole('link', { name: /^Read/ }).click();
	await page.getByRole('button', { name: 'Done — next lesson' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'What is barred, and for whom' })
	).toBeVisible();

	// A set in progress comes first; the returning learner's page does not move as it loads.
	await gotoReady(page, '/quiz/why.basics/?mode=test');
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Question 2 of 5' })).toBeVisible();
	await watchLayoutShifts(page);
	await gotoReady(page, '/');
	const resume = page.getByRole('region', {
		name: /Why: stated reasons and reported motive: Basics/
	});
	await expect(resume).toContainText('Continue');
	await expect(resume).toContainText('Question 2 of 5');
	await page.waitForTimeout(300);
	const { shifts, moved } = await layoutShift(page);
	expect(shifts, `moved: ${moved.join(', ')}`).toBe(0);

	// On the narrowest phones too, the card shows every word of its suggestion.
	await page.setViewportSize({ width: 320, height: 640 });
	const cut = await resume.evaluate((card) =>
		[card, ...card.querySelectorAll('p, h2')]
			.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
			.map((e) => e.textContent)
	);
	expect(cut).toEqual([]);
});
