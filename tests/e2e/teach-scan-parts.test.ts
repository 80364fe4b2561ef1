import { makeReceipt, wordyAnswers } from '../../src/lib/teach/factories';
import { encodeReceipt } from '../../src/lib/teach/receipt';
import { MAX_QR_CHARS, receiptQrTexts } from '../../src/lib/teach/receipt-parts';
import { useFakeCamera } from './fake-camera';
import { expect, gotoReady, test } from './fixtures';
import { assignBasics, receiptCode } from './teach-helpers';
import { writeQrVideo } from './qr-video';

const video = useFakeCamera('scan-parts');

const ORIGIN = 'https://chipwise.example';

test('the teacher scans a long receipt shown as a sequence of codes, then a short one', async ({
	page
}) => {
	const a = await assignBasics(page, 'Week 5');
	// Zoë wrote long answers: her receipt link is too long for one code a phone reads.
	const answers = wordyAnswers(a.questionIds.length, 7, 16);
	const long = encodeReceipt(
		makeReceipt(
			a.questionIds.map(() => 1),
			{
				assignmentId: a.id,
				student: 'Zoë Lambert',
				title: a.title,
				results: a.questionIds.map((questionId, i) => ({
					questionId,
					credit: 1,
					answer: answers[i] ?? ''
				}))
			}
		)
	);
	const parts = receiptQrTexts(`${ORIGIN}/teach/receipt/#${long}`);
	expect(parts.length).toBeGreaterThan(1);
	for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_QR_CHARS);
	const short = `${ORIGIN}/teach/receipt/#${receiptCode(a, 'Ben Okafor', [1])}`;
	writeQrVideo(video, [...parts, short]);

	await page.getByRole('link', { name: 'Gradebook' }).click();
	await page.getByRole('button', { name: 'Scan receipts with the camera' }).click();
	const scanner = page.getByRole('region', { name: 'Scan receipts' });
	await expect(scanner.getByRole('status')).toContainText('2 added', { timeout: 20_000 });
	const table = page.getByRole('table', { name: /Students, one row each/ });
	await expect(table.getByRole('row', { name: /Zoë Lambert/ })).toContainText('100%');
	await expect(table.getByRole('row', { name: /Ben Okafor/ })).toBeVisible();

	// The log has each student once: the parts read on the way are not in it.
	await page.getByRole('button', { name: 'Stop scanning' }).click();
	await expect(scanner.getByRole('listitem')).toHaveCount(2);
	await expect(
		scanner.getByRole('listitem').filter({ hasText: 'Added Zoë Lambert (100%)' })
	).toBeVisible();
	await expect(
		scanner.getByRole('listitem').filter({ hasText: 'Added Ben Okafor (14%)' })
	).toBeVisible();
});

test('a part of a long receipt opened as a link says what it is and adds nothing', async ({
	page
}) => {
	const long = encodeReceipt(makeReceipt(undefined, {}, wordyAnswers(5, 3, 16)));
	const parts = receiptQrTexts(`${ORIGIN}/teach/receipt/#${long}`);
	const second = parts[1] ?? '';
	await gotoReady(page, `/teach/receipt/${second.slice(second.indexOf('#'))}`);
	await expect(page.getByRole('status').filter({ hasText: 'This is part' })).toHaveText(
		`This is part 2 of ${parts.length} of a receipt: scan all of them in the gradebook's scanner.`
	);
	await expect(page.getByText('Nothing was added.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Open the gradebook' })).toBeVisible();
});
