import { expect, gotoReady, test } from './fixtures';
import { assignBasics, receiptCode } from './teach-helpers';

test.describe('Teach: results kept for another device’s assignment', () => {
	test('are moved to the device that made the assignment in one step', async ({
		page: maker,
		browser,
		baseURL
	}) => {
		test.setTimeout(90_000);
		const a = await assignBasics(maker, 'Week 3 check', '10B');
		const codes = [receiptCode(a, 'Ana', [1, 1, 1]), receiptCode(a, 'Ben', [1])];

		// The receipts are opened on another device: the teacher's phone, say.
		const other = await browser.newContext({ baseURL, acceptDownloads: true });
		const phone = await other.newPage();
		for (const code of codes) {
			await gotoReady(phone, `/teach/receipt/#${code}`);
			await expect(phone.getByRole('main').getByRole('status')).toContainText(
				'an assignment not made on this device'
			);
		}
		await phone.getByRole('link', { name: 'See results' }).click();
		const group = phone.locator('.group', {
			has: phone.getByRole('heading', { level: 3, name: '“Week 3 check”' })
		});
		await expect(group.getByRole('listitem')).toHaveCount(2);
		const download = phone.waitForEvent('download');
		await group.getByRole('button', { name: 'Save them as one file' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('receipts-Week-3-check.json');
		await expect(group.getByRole('status')).toHaveText(
			'Saved receipts-Week-3-check.json. Choose it in the gradebook on the device that made the assignment.'
		);
		// Kept beyond the phone's context, which deletes its downloads when it closes.
		const path = test.info().outputPath(file.suggestedFilename());
		await file.saveAs(path);
		await other.close();

		// The device that made it reads the one file: both students are in.
		await maker.getByRole('link', { name: 'Gradebook', exact: true }).click();
		await maker.getByLabel('Or choose receipt files…').setInputFiles(path);
		await maker.getByRole('button', { name: 'Add results' }).click();
		await expect(maker.getByText('receipts-Week-3-check.json: 2 results added.')).toBeVisible();
		await expect(maker.getByRole('row', { name: /Ana/ })).toContainText('43%');
		await expect(maker.getByRole('row', { name: /Ben/ })).toBeVisible();
	});
});
