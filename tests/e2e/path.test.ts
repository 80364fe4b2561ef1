import { expect, gotoReady, test } from './fixtures';

// The guided path on a phone: a module's lessons, then its practice, then the next module.
test.use({ viewport: { width: 360, height: 740 } });

const LESSONS = [
	'Who acted, and against whom',
	'What is barred, and for whom',
	'How and when it happened'
];

test("a module's last lesson leads into its practice, and so does Learn's Up next", async ({
	page
}) => {
	await gotoReady(page, '/module/the-ban/the-ban.l1/');
	for (const [i, title] of LESSONS.entries()) {
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		if (i < LESSONS.length - 1) {
			await expect(page.getByRole('button', { name: 'Practise what you read' })).toHaveCount(0);
			await page.getByRole('button', { name: 'Done — next lesson' }).click();
		}
	}

	await expect(page.getByText("That's all 3 lessons of this module.")).toBeVisible();
	await expect(page.getByRole('button', { name: 'Back to the module' })).toBeVisible();
	await page.getByRole('button', { name: 'Practise what you read' }).click();
	await expect(page).toHaveURL(/\/quiz\/the-ban\.basics\/\?mode=practice$/);
	await expect(page.getByRole('heading', { name: 'Question 1 of 7' })).toBeVisible();

	// Opened but not answered: Learn still offers that practice, before Module 2's first lesson.
	await gotoReady(page, '/');
	const next = page.getByRole('region', { name: 'Practise: Basics (7 questions)' });
	await expect(next).toContainText('Up next · Module 1');
	await expect(page.getByRole('region', { name: 'The reasons the regulator gave' })).toHaveCount(0);
	await next.getByRole('link', { name: /^Start/ }).click();
	await expect(page).toHaveURL(/\/quiz\/the-ban\.basics\/\?mode=practice$/);
	await expect(page.getByRole('heading', { name: 'Question 1 of 7' })).toBeVisible();
});

test('the last lesson still offers the way back to the module, and counts as read', async ({
	page
}) => {
	await gotoReady(page, '/module/the-ban/the-ban.l3/');
	await page.getByRole('button', { name: 'Back to the module' }).click();
	await expect(page).toHaveURL(/\/module\/the-ban\/$/);
	await expect(page.getByText('1 of 3 lessons read')).toBeVisible();
});
