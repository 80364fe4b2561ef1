import { encodeAssignment } from '../../src/lib/teach/assignment';
import { makeAssignment, makeReceipt } from '../../src/lib/teach/factories';
import { encodeReceipt } from '../../src/lib/teach/receipt';
import { noViolations } from './axe';
import { expect, gotoReady, test } from './fixtures';
import { answerCorrectly, packQuestions, shownQuestion } from './quiz-helpers';
import { assignBasics, receiptCode } from './teach-helpers';

for (const scheme of ['light', 'dark'] as const) {
	for (const viewport of [
		{ width: 360, height: 740 },
		{ width: 1280, height: 800 }
	]) {
		test.describe(`accessibility of the classroom, ${scheme}, ${viewport.width}×${viewport.height}`, () => {
			test.use({ colorScheme: scheme, viewport });

			test("classes, a class's gradebook and its follow-ups have no violations", async ({
				page
			}) => {
				test.setTimeout(90_000);
				await gotoReady(page, '/teach/classes/');
				await noViolations(page, 'no classes');
				await page.getByRole('link', { name: 'New class' }).click();
				await page.getByRole('button', { name: 'Save class' }).click();
				await expect(page.getByRole('textbox', { name: 'Class name' })).toBeFocused();
				await noViolations(page, 'the class form with its problems');
				await page.getByRole('textbox', { name: 'Class name' }).fill('10B');
				await page
					.getByRole('textbox', { name: 'Students' })
					.fill('Zoë Lambert\nBen Okafor\nAna Silva');
				await page.getByRole('button', { name: 'Save class' }).click();
				await page.getByRole('button', { name: 'Remove 10B' }).click();
				await noViolations(page, 'the classes, asking before removing');
				await page.getByRole('button', { name: 'Keep it' }).click();

				const a = await assignBasics(page, 'Week 3', '10B');
				const receipt = (student: string, credits: number[]) => receiptCode(a, student, credits);
				await page.getByRole('link', { name: 'Gradebook' }).click();
				await page
					.getByLabel('Paste receipt codes or links')
					.fill(
						`${receipt('Zoe Lambert', [1, 1, 1, 1, 0.5, 1, 0])}\n${receipt('Benny', [1, 0, 0, 0, 0, 0, 0])}\nnot a code`
					);
				await page.getByRole('button', { name: 'Add results' }).click();
				await expect(page.getByText('10B: 1 of 3 done')).toBeVisible();
				await page.getByRole('button', { name: 'Zoë Lambert: answers' }).click();
				await expect(
					page.getByRole('table', { name: 'Each learning objective across the class' })
				).toBeVisible();
				await noViolations(page, "a class's gradebook, a row open, a refused piece, a stray name");
				await page.getByRole('button', { name: 'Remove these results…' }).click();
				await noViolations(page, "asking before removing a student's results");
				await page.getByRole('button', { name: 'Keep them' }).click();

				await page
					.getByRole('button', { name: 'A follow-up for each student (2 students)' })
					.click();
				await expect(
					page.getByRole('region', { name: 'A follow-up for each student' }).getByRole('img')
				).toHaveCount(2);
				await noViolations(page, 'a follow-up for each student');

				await page.getByRole('button', { name: /^Assign again/ }).click();
				await expect(
					page.getByRole('heading', { name: 'Share “Week 3: follow-up”' })
				).toBeVisible();
				await noViolations(page, 'the follow-up to share');

				await gotoReady(page, '/teach/');
				await page.getByText('Follow-ups for each student (2)').click();
				await expect(page.getByRole('group').getByRole('listitem')).toHaveCount(2);
				await noViolations(page, "Teach's list with the follow-ups for each student open");
			});

			test("a student's receipt with the teacher's way first, and results kept for another device", async ({
				page
			}) => {
				test.setTimeout(60_000);
				await gotoReady(page, '/');
				const questions = (await packQuestions(page, 'the-ban.basics')).slice(0, 2);
				const a = makeAssignment({
					questionIds: questions.map((q) => q.id),
					returnBy: 'chat',
					createdAt: Date.now() - 1000
				});
				await gotoReady(page, `/a/#${encodeAssignment(a)}`);
				await noViolations(page, 'the assignment saying how results come back');
				await page.getByLabel('Your name, as your teacher should see it').fill('Zoë');
				await page.getByRole('button', { name: 'Start' }).click();
				for (let n = 1; n <= 2; n++) {
					await expect(page.getByRole('heading', { name: `Question ${n} of 2` })).toBeVisible();
					await answerCorrectly(page, await shownQuestion(page, questions));
					if (n < 2) await page.getByRole('button', { name: 'Next', exact: true }).click();
				}
				await page.getByRole('button', { name: 'Submit the test' }).click();
				await expect(page.getByRole('button', { name: 'Copy your receipt' })).toBeVisible();
				await noViolations(page, "the receipt, the teacher's way first");
				await page.getByText('Other ways to send it').click();
				await noViolations(page, 'the receipt, every way open');

				const code = encodeReceipt(makeReceipt(undefined, { student: 'Ana', title: 'Week 9' }));
				await gotoReady(page, `/teach/receipt/#${code}`);
				await page.getByRole('link', { name: 'See results' }).click();
				await expect(page.getByRole('button', { name: 'Save them as one file' })).toBeVisible();
				await noViolations(page, 'results kept for another device');
			});
		});
	}
}
