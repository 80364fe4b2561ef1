import type { Locator, Page } from '@playwright/test';
import { expect, gotoReady, test } from './fixtures';
import {
	answerCorrectly,
	controlsState,
	matchingTile,
	packQuestions,
	shownQuestion,
	undoMatch,
	type PackQuestion
} from './quiz-helpers';

// The player's button after feedback; it is being renamed "Continue".
const NEXT = /^(Continue|Next question|See your results)$/;

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

/** Answers correctly and moves on until a question of `type` shows. */
async function reach(page: Page, set: string, type: string): Promise<PackQuestion> {
	await gotoReady(page, `/quiz/${set}/?mode=practice`);
	const questions = await packQuestions(page, set);
	for (let n = 1; n <= questions.length; n++) {
		await expect(
			page.getByRole('heading', { name: new RegExp(`^Question ${n} of`) })
		).toBeVisible();
		const q = await shownQuestion(page, questions);
		if (q.type === type) return q;
		await answerCorrectly(page, q);
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: NEXT }).click();
	}
	throw new Error(`No ${type} question in ${set}`);
}

/** Elements whose content is wider than their box: cut off, or scrolling sideways. */
const clipped = (targets: Locator) =>
	targets.evaluateAll((els) =>
		els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent)
	);
const pageOverflows = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('matching by taps on a phone: used answers leave, only distinct pairs count, nothing cut off', async ({
	page
}) => {
	// The set whose matching question has the longest texts, four pairs of them.
	const q = await reach(page, 'the-ban.basics', 'matching');
	const pairs = q.pairs ?? [];
	expect(pairs).toHaveLength(4);
	const [a, b, c, d] = pairs as [
		(typeof pairs)[0],
		(typeof pairs)[0],
		(typeof pairs)[0],
		(typeof pairs)[0]
	];
	const count = page.getByRole('status').filter({ hasText: /matched$/ });
	const tiles = page.locator('fieldset').getByRole('button');

	await page.setViewportSize({ width: 320, height: 740 });
	expect(await clipped(tiles)).toEqual([]);
	expect(await pageOverflows(page)).toBe(false);
	await page.setViewportSize({ width: 360, height: 740 });
	await expect(count).toHaveText('0 of 4 matched');

	// An item, then its answer: the answer is no longer offered.
	await matchingTile(page, 'Items', a.left).tap();
	await expect(matchingTile(page, 'Items', a.left)).toHaveAttribute('aria-pressed', 'true');
	await matchingTile(page, 'Answers', a.right).tap();
	await expect(matchingTile(page, 'Answers', a.right)).toHaveCount(0);
	await expect(undoMatch(page, a.left)).toBeVisible();
	await expect(count).toHaveText('1 of 4 matched');

	// An answer first, then its item.
	await matchingTile(page, 'Answers', b.right).tap();
	await matchingTile(page, 'Items', b.left).tap();
	await expect(matchingTile(page, 'Answers', b.right)).toHaveCount(0);
	await expect(count).toHaveText('2 of 4 matched');

	// The pairs are kept as a draft: a reload shows the same.
	const before = await controlsState(page);
	expect(before).toContain(
		`row: ${b.left} → matched with ${b.right} Undo the match for “${b.left}”`
	);
	await page.reload();
	await expect.poll(() => controlsState(page)).toEqual(before);

	// Undo puts the answer back.
	await undoMatch(page, a.left).tap();
	await expect(matchingTile(page, 'Answers', a.right)).toBeVisible();
	await expect(count).toHaveText('1 of 4 matched');
	await matchingTile(page, 'Items', a.left).tap();
	await matchingTile(page, 'Answers', a.right).tap();

	// The last two swapped: four distinct pairs, two of them wrong.
	await matchingTile(page, 'Items', c.left).tap();
	await matchingTile(page, 'Answers', d.right).tap();
	await expect(count).toHaveText('3 of 4 matched');
	await matchingTile(page, 'Items', d.left).tap();
	await matchingTile(page, 'Answers', c.right).tap();
	await expect(count).toHaveText('4 of 4 matched');
	await expect(page.getByText('Every answer is used. Undo a match to change it.')).toBeVisible();

	await page.setViewportSize({ width: 320, height: 740 });
	expect(await clipped(page.locator('fieldset li'))).toEqual([]);
	expect(await pageOverflows(page)).toBe(false);

	await page.getByRole('button', { name: 'Check' }).tap();
	await expect(page.getByRole('heading', { name: /^Partly right/ })).toBeVisible();
	const rows = page.locator('fieldset').getByRole('listitem');
	await expect(rows.filter({ hasText: 'Right match' })).toHaveCount(2);
	await expect(rows.filter({ hasText: `Should be: ${c.right}` })).toContainText(c.left);
	await expect(rows.filter({ hasText: `Should be: ${d.right}` })).toContainText(d.left);
	await expect(page.locator('fieldset').getByText(/Correct:/)).toHaveCount(0);
	await expect(page.locator('fieldset').getByRole('button')).toHaveCount(0);
});

test('ordering on a narrow phone: the text keeps most of the row, and a row can be dragged', async ({
	page
}) => {
	await reach(page, 'the-ban.deeper', 'ordering');
	await page.setViewportSize({ width: 320, height: 740 });
	const rows = page.locator('fieldset').getByRole('listitem');
	const shares = await rows.evaluateAll((els) =>
		els.map((li) => {
			const text = li.querySelector('.text')?.getBoundingClientRect().width ?? 0;
			return text / li.getBoundingClientRect().width;
		})
	);
	expect(shares.length).toBeGreaterThanOrEqual(3);
	for (const share of shares) expect(share).toBeGreaterThanOrEqual(0.6);
	expect(await pageOverflows(page)).toBe(false);

	// Drag the first row by its handle below the second.
	const texts = () => rows.locator('.text').allInnerTexts();
	const before = await texts();
	const handle = rows.first().locator('.handle');
	const from = (await handle.boundingBox())!;
	const past = (await rows.nth(1).boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(from.x + from.width / 2, past.y + past.height - 4, { steps: 8 });
	await page.mouse.up();
	await expect.poll(texts).toEqual([before[1], before[0], ...before.slice(2)]);
	await expect(
		page.getByText(`“${before[0]}” moved to position 2 of ${before.length}`)
	).toBeAttached();
});
