import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import config from '../../playwright.config';
import { decodeAssignment } from '../../src/lib/teach/assignment';
import { makeReceipt } from '../../src/lib/teach/factories';
import { encodeReceipt } from '../../src/lib/teach/receipt';
import { expect, gotoReady, test } from './fixtures';
import { writeQrVideo } from './qr-video';

// Chromium's fake camera plays this file. Its path is fixed when the browser starts; Chromium
// reads it when the camera opens, so the test writes the receipts into it once they exist.
const video = join(tmpdir(), `chipwise-scan-${process.pid}.y4m`);
const launch = config.use?.launchOptions;
test.use({
	permissions: ['camera'],
	launchOptions: {
		...launch,
		args: [
			...(launch?.args ?? []),
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	}
});
test.afterAll(() => rmSync(video, { force: true }));

test('the teacher scans two receipts one after the other with the camera', async ({ page }) => {
	await gotoReady(page, '/teach/');
	await page.getByRole('button', { name: 'New assignment' }).click();
	await page.getByLabel('Title').fill('Week 4');
	await page
		.getByRole('group', { name: 'The ban: who, what, how' })
		.getByRole('checkbox', { name: /^Basics/ })
		.check();
	await page.getByRole('button', { name: 'Save assignment' }).click();
	const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();
	const decoded = decodeAssignment(link.slice(link.indexOf('#') + 1));
	if (!decoded.ok) throw new Error('The link does not read back');
	const a = decoded.assignment;

	// Two students' receipts, as the links their receipt QR codes hold.
	const receipt = (student: string, right: number) => {
		const credits = a.questionIds.map((_, i) => (i < right ? 1 : 0));
		const r = makeReceipt(credits, {
			assignmentId: a.id,
			student,
			results: a.questionIds.map((questionId, i) => ({
				questionId,
				credit: credits[i] ?? 0,
				answer: 'Micron'
			}))
		});
		return `https://chipwise.example/teach/receipt/#${encodeReceipt(r)}`;
	};
	writeQrVideo(video, [receipt('Zoë Lambert', a.questionIds.length), receipt('Ben Okafor', 1)]);

	await page.getByRole('link', { name: 'Gradebook' }).click();
	await page.getByRole('button', { name: 'Scan receipts with the camera' }).click();
	const status = page.getByRole('region', { name: 'Scan receipts' }).getByRole('status');
	await expect(status).toContainText('2 added', { timeout: 15_000 });
	const table = page.getByRole('table', { name: /Students, one row each/ });
	await expect(table.getByRole('row', { name: /Zoë Lambert/ })).toBeVisible();
	await expect(table.getByRole('row', { name: /Ben Okafor/ })).toBeVisible();

	// The camera goes with the scanner; the log stays until it is closed.
	await page.getByRole('button', { name: 'Stop scanning' }).click();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Added Zoë Lambert (100%)' })
	).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Scan receipts with the camera' })).toBeFocused();
});
