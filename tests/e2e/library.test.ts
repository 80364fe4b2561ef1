import { teacherPack } from '../../src/lib/test/teacher-pack';
import { addFile, packFile } from './pack-helpers';
import { expect, gotoReady, test, waitForOffline } from './fixtures';
import { answerCorrectly, answerWrongly, shownQuestion, type PackQuestion } from './quiz-helpers';

test.describe('packs on this device', () => {
	test('a pack from a file is read, practised offline, updated with its progress kept, and saved', async ({
		page,
		context,
		browser
	}) => {
		await gotoReady(page, '/');
		await page.getByRole('link', { name: 'Packs on this device' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Packs on this device' })
		).toBeVisible();
		await waitForOffline(page);
		await addFile(page, packFile());
		await expect(page.getByRole('main').getByRole('status')).toHaveText(
			'Added “A chip lab in Northport”.'
		);

		await context.setOffline(true);
		await page.getByRole('link', { name: 'A chip lab in Northport' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'A chip lab in Northport' })
		).toBeVisible();

		await page.getByRole('link', { name: 'What was announced' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'What was announced' })).toBeVisible();
		await page.getByRole('link', { name: /a chip testing lab will open/ }).click();
		await expect(page.locator('mark#highlight')).toHaveText(
			'a chip testing lab will open in the old harbour warehouse'
		);
		await page.goBack();
		await page.getByRole('button', { name: 'Done — back to the pack' }).click();

		await page.getByRole('button', { name: 'Practise The lab: All questions' }).click();
		const questions = teacherPack().modules[0]!.questions as unknown as PackQuestion[];
		for (let n = 0; n < 2; n++) {
			// The question before may still be leaving the screen.
			await expect(page.locator('fieldset legend').first()).toContainText(`Question ${n + 1} of 2`);
			await answerCorrectly(page, await shownQuestion(page, questions));
			await page.getByRole('button', { name: 'Check' }).click();
			await page.getByRole('button', { name: /^(Continue|See your results)$/ }).click();
		}
		await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeVisible();
		await expect(page.getByRole('main')).toContainText(/2\s*of 2 right/);

		await context.setOffline(false);
		await page
			.getByRole('navigation', { name: 'Breadcrumb' })
			.getByRole('link', { name: 'A chip lab in Northport' })
			.click();
		const progress = page.getByRole('region', { name: 'Your progress', exact: true });
		await expect(progress).toContainText('2 answers so far. Nothing to review today.');
		await expect(progress.getByRole('link', { name: 'The lab' })).toBeVisible();
		await page
			.getByRole('navigation', { name: 'Breadcrumb' })
			.getByRole('link', { name: 'Packs' })
			.click();
		await addFile(
			page,
			packFile((p) => {
				p.version = '1.1.0';
				p.modules[0]!.questions[0]!.prompt = 'In which building will the lab open?';
			})
		);
		await expect(page.getByRole('main').getByRole('status')).toHaveText(
			'Updated “A chip lab in Northport” to version 1.1.0: 1 question updated.'
		);
		await page.getByRole('link', { name: 'A chip lab in Northport' }).click();
		await expect(page.getByRole('note')).toHaveText(
			'Updated from version 1.0.0: 1 question updated.'
		);

		// The file it saves is the pack, and another browser adds it.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Save the pack as a file' }).click()
		]);
		expect(download.suggestedFilename()).toBe('A-chip-lab-in-Northport-1.1.0.json');
		const saved = await download.path();
		const other = await browser.newContext();
		const student = await other.newPage();
		await gotoReady(student, '/library/');
		await student.getByLabel('Add a pack from a file…').setInputFiles(saved);
		await expect(student.getByRole('main').getByRole('status')).toHaveText(
			'Added “A chip lab in Northport”.'
		);
		await other.close();
	});

	test('a damaged, clashing or older file is refused with the reason, and nothing changes', async ({
		page
	}) => {
		await gotoReady(page, '/library/');
		await addFile(page, {
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{ nope')
		});
		await expect(page.getByRole('main').getByRole('alert')).toHaveText(
			'This content pack is damaged: it is not valid JSON. Nothing was changed.'
		);
		await addFile(
			page,
			packFile((p) => (p.modules[0]!.questions[0]!.evidence = 'not its words'))
		);
		await expect(page.getByRole('main').getByRole('alert')).toContainText(
			'not found verbatim in the article'
		);
		await expect(page.getByRole('link', { name: 'A chip lab in Northport' })).toHaveCount(0);

		await addFile(
			page,
			packFile((p) => (p.version = '2.0.0'))
		);
		await expect(page.getByRole('main').getByRole('status')).toHaveText(
			'Added “A chip lab in Northport”.'
		);
		await addFile(page, packFile());
		await expect(page.getByRole('main').getByRole('alert')).toContainText(
			'This device has a newer version of “A chip lab in Northport” (2.0.0) than this file (1.0.0).'
		);

		await page.getByRole('button', { name: 'Remove A chip lab in Northport' }).click();
		await page
			.getByRole('group', { name: 'Remove A chip lab in Northport?' })
			.getByRole('button', { name: 'Remove' })
			.click();
		await expect(page.getByRole('main').getByRole('status')).toContainText(
			'Removed “A chip lab in Northport”.'
		);
		await expect(page.getByRole('link', { name: 'A chip lab in Northport' })).toHaveCount(0);
	});

	test("a missed question of an added pack comes back in Review, and on the pack's page", async ({
		page
	}) => {
		await gotoReady(page, '/library/');
		await addFile(page, packFile());
		await page.getByRole('link', { name: 'A chip lab in Northport' }).click();
		await page.getByRole('button', { name: 'Practise The lab: All questions' }).click();
		const questions = teacherPack().modules[0]!.questions as unknown as PackQuestion[];
		let missed = '';
		for (let n = 0; n < 3; n++) {
			// The next question is on screen once it asks to be checked (a slow machine may still
			// show the last one's feedback for a moment after Continue).
			await expect(page.getByRole('button', { name: 'Check' })).toBeVisible();
			const q = await shownQuestion(page, questions);
			// Missed, and missed again when it comes back: it is due again today.
			if (n === 0 || q.id === missed) {
				missed = q.id;
				await answerWrongly(page, q);
			} else await answerCorrectly(page, q);
			await page.getByRole('button', { name: 'Check' }).click();
			const next = page.getByRole('button', { name: /^(Continue|See your results)$/ });
			const last = (await next.innerText()).trim() === 'See your results';
			await next.click();
			if (last) break;
		}
		await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeVisible();
		await page
			.getByRole('navigation', { name: 'Breadcrumb' })
			.getByRole('link', { name: 'A chip lab in Northport' })
			.click();
		await expect(page.getByRole('button', { name: 'Review this pack (1)' })).toBeVisible();

		const nav = page.getByRole('navigation', { name: 'Main' });
		await nav.getByRole('link', { name: 'Progress' }).click();
		const mastery = page.getByRole('region', { name: 'Mastery: A chip lab in Northport' });
		await expect(mastery.getByRole('link', { name: 'The lab' })).toBeVisible();

		await nav.getByRole('link', { name: 'Review' }).click();
		await expect(page.getByText(/1 question is due today/)).toBeVisible();
		await page.getByRole('button', { name: 'Start review' }).click();
		await page.waitForURL(/\/session\//);
		await expect(page.getByRole('button', { name: 'Check' })).toBeVisible();
		const q = await shownQuestion(page, questions);
		expect(questions.map((x) => x.id)).toContain(q.id);
	});

	test('a small pack travels as a link (and a QR code) that adds it in another browser', async ({
		page,
		browser
	}) => {
		await gotoReady(page, '/library/');
		await addFile(page, packFile());
		await page.getByRole('link', { name: 'A chip lab in Northport' }).click();
		await page.getByRole('button', { name: 'Share as a link' }).click();
		const link = await page.getByRole('textbox', { name: 'Link that adds this pack' }).inputValue();
		expect(link).toMatch(/\/library\/#P1\./);
		await expect(
			page.getByRole('img', { name: 'QR code of the link that adds this pack' })
		).toBeVisible();

		const other = await browser.newContext();
		const student = await other.newPage();
		await student.goto(link);
		await expect(student.getByRole('main').getByRole('status')).toHaveText(
			'Added “A chip lab in Northport”.'
		);
		await expect(student).toHaveURL(/\/library\/$/);
		await student.goto(`${link.slice(0, -30)}`);
		await expect(student.getByRole('main').getByRole('alert')).toContainText(
			'Nothing was changed.'
		);
		await other.close();
	});
	test('a backup carries a pack the learner studied to another browser', async ({
		page,
		browser
	}) => {
		await gotoReady(page, '/library/');
		await addFile(page, packFile());
		await page.getByRole('link', { name: 'A chip lab in Northport' }).click();
		await page.getByRole('button', { name: 'Practise The lab: All questions' }).click();
		const questions = teacherPack().modules[0]!.questions as unknown as PackQuestion[];
		await answerCorrectly(page, await shownQuestion(page, questions));
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('button', { name: /^(Continue|See your results)$/ })).toBeVisible();

		await gotoReady(page, '/settings/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /Save a backup/ }).click()
		]);
		const other = await browser.newContext();
		const student = await other.newPage();
		await gotoReady(student, '/settings/');
		await student.getByLabel('Restore from a file…').setInputFiles(await download.path());
		await expect(student.getByText(/and 1 pack added to this device/)).toBeVisible();
		await gotoReady(student, '/library/');
		await student.getByRole('link', { name: 'A chip lab in Northport' }).click();
		await expect(student.getByRole('region', { name: 'Your progress', exact: true })).toContainText(
			'1 answer so far'
		);
		await other.close();
	});
});
