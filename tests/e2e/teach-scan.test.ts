import { useFakeCamera } from './fake-camera';
import { expect, test } from './fixtures';
import { assignBasics, receiptCode } from './teach-helpers';
import { writeQrVideo } from './qr-video';

const video = useFakeCamera('scan');

test('the teacher scans two receipts one after the other with the camera', async ({ page }) => {
	const a = await assignBasics(page, 'Week 4');

	// Two students' receipts, as the links their receipt QR codes hold.
	const receipt = (student: string, right: number) =>
		`https://chipwise.example/teach/receipt/#${receiptCode(
			a,
			student,
			a.questionIds.map((_, i) => (i < right ? 1 : 0))
		)}`;
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
