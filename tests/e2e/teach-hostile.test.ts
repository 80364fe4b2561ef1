import { makeReceipt } from '../../src/lib/teach/factories';
import { receiptKey } from '../../src/lib/teach/identity';
import { encodeReceipt } from '../../src/lib/teach/receipt';
import { expect, gotoReady, test } from './fixtures';

// Receipts a student could send to harm the teacher's page: a huge file of junk, a name that
// reverses the words after it, a name with nothing to see.

test.describe('Teach: hostile receipts', () => {
	test('a 1 MB file of 500,000 zeros is reported in a few lines and the page keeps working', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await gotoReady(page, '/teach/gradebook/');
		const zeros = `[${Array.from({ length: 500_000 }, () => 0).join(',')}]`;
		expect(zeros.length).toBeLessThanOrEqual(1024 * 1024);
		await page.getByLabel('Or choose receipt files…').setInputFiles({
			name: 'zeros.json',
			mimeType: 'application/json',
			buffer: Buffer.from(zeros)
		});
		await page.getByRole('button', { name: 'Add results' }).click();
		const report = page.getByRole('status').filter({ hasText: 'zeros.json' });
		await expect(report).toContainText('zeros.json: 0 results added, 500,000 rejected.', {
			timeout: 60_000
		});
		await expect(report.getByRole('listitem')).toHaveCount(2);
		await expect(report.getByRole('listitem').first()).toHaveText(
			'Pieces 1–10: This is not a Chipwise receipt file.'
		);
		await expect(report).toContainText('And 499,990 more pieces were rejected.');

		// The page still answers: the button works again and says what it needs.
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Paste a receipt code or link, or choose receipt files, then add them.'
		);
	});

	test('a name with a right-to-left override cannot reverse the score after it', async ({
		page
	}) => {
		const r = makeReceipt([1, 1, 1, 1, 1, 0, 0, 0, 0], { student: 'Bob\u202E' });
		expect(r.score.percent).toBe(56);
		await gotoReady(page, `/teach/receipt/#${encodeReceipt(r)}`);
		const done = page.getByRole('status').filter({ hasText: 'result' });
		await expect(done).toContainText("Added Bob's result (56%) for an assignment not made");
		await expect(done.locator('bdi').first()).toHaveText('Bob');
	});

	test('a name of only a zero-width space is refused with a reason, and nothing is added', async ({
		page
	}) => {
		const r = makeReceipt(undefined, { student: '\u200B' });
		await gotoReady(page, `/teach/receipt/#${encodeReceipt(r)}`);
		await expect(page.getByRole('alert')).toHaveText(
			'This receipt has no student name that can be read. Ask the student to enter their name and send the result again.'
		);
		await expect(page.getByText('Nothing was added.')).toBeVisible();
		await gotoReady(page, '/teach/gradebook/');
		await expect(page.getByRole('heading', { name: /not made on this device/ })).toHaveCount(0);
	});

	test('a result for other questions is refused, and one stored earlier is listed apart', async ({
		page
	}) => {
		await gotoReady(page, '/teach/');
		await page.getByRole('button', { name: 'New assignment' }).click();
		await page.getByLabel('Title').fill('Week 3 check');
		await page
			.getByRole('group', { name: 'The ban: who, what, how' })
			.getByRole('checkbox', { name: /^Basics/ })
			.check();
		await page.getByRole('button', { name: 'Save assignment' }).click();
		await page.getByRole('link', { name: 'Gradebook', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Gradebook' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Week 3 check' })).toBeVisible();
		await expect(page).toHaveTitle('Week 3 check · Gradebook · Chipwise');
		const assignmentId = new URL(page.url()).searchParams.get('id') ?? '';
		expect(assignmentId).not.toBe('');
		const other = (student: string) =>
			makeReceipt([1], {
				assignmentId,
				student,
				results: [{ questionId: 'some.other-question', credit: 1, answer: 'x' }]
			});

		// One stored before such receipts were refused.
		const old = other('Mallory');
		await page.evaluate(
			(row) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('chipwise');
					open.onsuccess = () => {
						const tx = open.result.transaction('receipts', 'readwrite');
						tx.objectStore('receipts').put(row);
						tx.oncomplete = () => (open.result.close(), resolve());
						tx.onerror = () => reject(new Error('not stored'));
					};
				}),
			{ key: receiptKey(old), assignmentId, receipt: old, importedAt: Date.now() }
		);

		await gotoReady(page, `/teach/receipt/#${encodeReceipt(other('Eve'))}`);
		await expect(page.getByRole('alert')).toHaveText(
			'This result is for different questions than “Week 3 check” (0 of 7 match): it may come from an earlier version of the assignment. Ask the student to open the current link and send a new result.'
		);

		await gotoReady(page, `/teach/gradebook/?id=${assignmentId}`);
		await expect(page.getByText('No results yet.')).toBeVisible();
		const apart = page.getByRole('region', { name: 'Results left out' });
		await expect(apart.getByRole('listitem')).toHaveCount(1);
		await expect(apart).toContainText('Mallory');
		await expect(apart).toContainText('(0 of 7 match)');
	});
});
