import type { Browser } from '@playwright/test';
import { useFakeCamera } from './fake-camera';
import { expect, gotoReady, test, waitForOffline } from './fixtures';
import { writeQrVideo } from './qr-video';
import { answerCorrectly, answerWrongly, packQuestions, shownQuestion } from './quiz-helpers';

// The whole room: a class list, two students in their own browsers, their receipts scanned
// with the camera, and what they missed sent out again to a student who is offline.
const video = useFakeCamera('room');

/** A student does the assignment in a browser of their own; returns their receipt's link. */
async function doAssignment(
	browser: Browser,
	baseURL: string | undefined,
	link: string,
	student: string,
	wrong: number
): Promise<string> {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await gotoReady(page, link);
	const questions = await packQuestions(page, 'the-ban.basics');
	await page.getByLabel('Your name, as your teacher should see it').fill(student);
	await page.getByRole('button', { name: 'Start' }).click();
	for (let n = 1; n <= 7; n++) {
		await expect(page.getByRole('heading', { name: `Question ${n} of 7` })).toBeVisible();
		const q = await shownQuestion(page, questions);
		if (n <= wrong) await answerWrongly(page, q);
		else await answerCorrectly(page, q);
		if (n < 7) await page.getByRole('button', { name: 'Next', exact: true }).click();
	}
	await page.getByRole('button', { name: 'Submit the test' }).click();
	// The teacher scans in class: the receipt's QR code comes first.
	await expect(page.getByText(/asked you to show your receipt’s QR code/)).toBeVisible();
	await expect(page.getByRole('img', { name: 'QR code of your receipt link' })).toBeVisible();
	const receipt = await page.getByLabel('Receipt link', { exact: true }).inputValue();
	await context.close();
	return receipt;
}

test('a class of three: two receipts scanned in the room, one missing, the misses sent again', async ({
	page: teacher,
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	await gotoReady(teacher, '/teach/classes/?new');
	await teacher.getByRole('textbox', { name: 'Class name' }).fill('10B');
	await teacher
		.getByRole('textbox', { name: 'Students' })
		.fill('Zoë Lambert\nBen Okafor\nAna Silva');
	await teacher.getByRole('button', { name: 'Save class' }).click();
	await expect(teacher.getByRole('status').first()).toContainText('Saved 10B (3 students)');

	await gotoReady(teacher, '/teach/?new');
	await teacher.getByLabel('Title').fill('Week 5');
	await teacher.getByLabel('Class', { exact: true }).fill('10B');
	await teacher
		.getByRole('group', { name: 'The ban: who, what, how' })
		.getByRole('checkbox', { name: /^Basics/ })
		.check();
	await teacher.getByRole('radio', { name: /^Test/ }).check();
	await expect(teacher.getByRole('radio', { name: /^Scan in class/ })).toBeChecked();
	await teacher.getByRole('button', { name: 'Save assignment' }).click();
	const link = await teacher.getByLabel('Assignment link', { exact: true }).inputValue();

	const zoe = await doAssignment(browser, baseURL, link, 'Zoë Lambert', 0);
	const ben = await doAssignment(browser, baseURL, link, 'ben okafor', 2);
	writeQrVideo(video, [zoe, ben]);

	await teacher.getByRole('link', { name: 'Gradebook' }).click();
	await teacher.getByRole('button', { name: 'Scan receipts with the camera' }).click();
	const scan = teacher.getByRole('region', { name: 'Scan receipts' });
	await expect(scan.getByRole('status')).toContainText('2 added · 2 of 3', { timeout: 20_000 });
	await teacher.getByRole('button', { name: 'Stop scanning' }).click();
	await expect(teacher.getByText('10B: 2 of 3 done')).toBeVisible();
	const table = teacher.getByRole('table', { name: /Students, one row each/ });
	await expect(table.getByRole('row', { name: /Zoë Lambert/ })).toContainText('Passed');
	await expect(table.getByRole('row', { name: /Ben Okafor/ })).toContainText(
		/Passed|Below pass mark/
	);
	await expect(table.getByRole('row', { name: /Ana Silva/ })).toContainText('Not yet submitted');

	// The two questions Ben missed go out again; Ana, offline, opens the follow-up.
	await teacher.getByRole('button', { name: 'Assign again (2 questions)' }).click();
	await expect(teacher.getByRole('heading', { name: 'Share “Week 5: follow-up”' })).toBeVisible();
	const again = await teacher.getByLabel('Assignment link', { exact: true }).inputValue();
	const context = await browser.newContext({ baseURL });
	const ana = await context.newPage();
	await gotoReady(ana, '/');
	await waitForOffline(ana);
	await context.setOffline(true);
	await gotoReady(ana, again);
	await expect(ana.getByRole('heading', { level: 1, name: 'Week 5: follow-up' })).toBeVisible();
	await expect(ana.getByRole('main')).toContainText(
		'Show the QR code on your screen to your teacher'
	);
	await ana.getByLabel('Your name, as your teacher should see it').fill('Ana Silva');
	await ana.getByRole('button', { name: 'Start' }).click();
	await expect(ana.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
	await context.close();
});
