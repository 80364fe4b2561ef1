import { teacherPack } from '../../src/lib/test/teacher-pack';
import { expect, gotoReady, test, waitForOffline } from './fixtures';
import { addFile, packFile } from './pack-helpers';
import { answerCorrectly, shownQuestion, type PackQuestion } from './quiz-helpers';

const questions = teacherPack().modules[0]!.questions as unknown as PackQuestion[];

test.describe("Teach: an assignment on a teacher's own pack", () => {
	test('the link carries the pack: a student offline does it, the gradebook names its questions', async ({
		page: teacher,
		browser,
		baseURL
	}) => {
		test.setTimeout(120_000);
		// The teacher adds a pack, and assigns it from the pack's page.
		await gotoReady(teacher, '/library/');
		await addFile(teacher, packFile());
		await teacher.getByRole('link', { name: 'A chip lab in Northport' }).click();
		await teacher.getByRole('link', { name: 'Assign to a class' }).click();
		await expect(teacher.getByRole('radio', { name: /^A chip lab in Northport/ })).toBeChecked();
		await teacher.getByLabel('Title').fill('Northport: the lab');
		await teacher.getByRole('checkbox', { name: /^All questions/ }).check();
		await expect(teacher.getByText('2 questions chosen')).toBeVisible();
		await teacher.getByRole('button', { name: 'Save assignment' }).click();
		const link = await teacher.getByLabel('Assignment link', { exact: true }).inputValue();
		expect(link).toMatch(/\/a\/#A2\.[\w-]+~P1\./);
		await expect(teacher.getByRole('note')).toContainText(
			'The link and the QR code carry your pack “A chip lab in Northport” too'
		);

		// A student's browser has opened Chipwise once; offline, it opens the link.
		const studentContext = await browser.newContext({ baseURL });
		const student = await studentContext.newPage();
		await gotoReady(student, '/');
		await waitForOffline(student);
		await studentContext.setOffline(true);
		await gotoReady(student, link);
		await expect(
			student.getByRole('heading', { level: 1, name: 'Northport: the lab' })
		).toBeVisible();
		await expect(student.getByRole('link', { name: 'A chip lab in Northport' })).toBeVisible();
		await student.getByLabel('Your name, as your teacher should see it').fill('Ana');
		await student.getByRole('button', { name: 'Start' }).click();
		for (let n = 0; n < 2; n++) {
			// The question before may still be leaving the screen.
			await expect(student.locator('fieldset legend').first()).toContainText(
				`Question ${n + 1} of 2`
			);
			await answerCorrectly(student, await shownQuestion(student, questions));
			await student.getByRole('button', { name: 'Check' }).click();
			await student.getByRole('button', { name: /^(Continue|See your results)$/ }).click();
		}
		await expect(student.getByRole('main')).toContainText(/2\s*of 2 right/);
		const code = await student.getByLabel('Receipt code', { exact: true }).inputValue();

		// The pack stays on the student's device, with its article.
		await student.goto('/library/');
		await expect(student.getByRole('link', { name: 'A chip lab in Northport' })).toBeVisible();
		await studentContext.close();

		// The list says which pack; the gradebook takes the receipt and names the pack's questions.
		await teacher.getByRole('link', { name: '← All assignments' }).click();
		await expect(
			teacher.getByRole('listitem').filter({ hasText: 'Northport: the lab' })
		).toContainText('From A chip lab in Northport');
		await teacher.getByRole('link', { name: 'Gradebook of Northport: the lab' }).click();
		await teacher.getByLabel('Paste receipt codes or links').fill(code);
		await teacher.getByRole('button', { name: 'Add results' }).click();
		await expect(teacher.getByText('Pasted text: 1 result added.')).toBeVisible();
		await expect(teacher.getByRole('row', { name: /Ana/ })).toContainText('100%');
		const analysis = teacher.getByRole('table', { name: 'Each question across the class' });
		await expect(analysis.getByRole('row')).toHaveCount(3);
		await expect(analysis).toContainText(questions[0]!.prompt);
	});

	test('opened without its pack, the assignment asks for the pack file, then opens', async ({
		page
	}) => {
		// What the QR code holds for a large pack: the assignment alone.
		await gotoReady(page, '/library/');
		await addFile(page, packFile());
		await expect(page.getByRole('main').getByRole('status')).toHaveText(
			'Added “A chip lab in Northport”.'
		);
		await gotoReady(page, '/teach/?new&pack=northport-lab');
		await page.getByLabel('Title').fill('Northport: the lab');
		await page.getByRole('checkbox', { name: /^All questions/ }).check();
		await page.getByRole('button', { name: 'Save assignment' }).click();
		const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();

		const other = await page.context().browser()!.newContext();
		const student = await other.newPage();
		await gotoReady(student, link.split('~')[0]!);
		await expect(
			student.getByRole('heading', { level: 1, name: 'This assignment needs its lessons' })
		).toBeVisible();
		await student.getByLabel('Add the pack file…').setInputFiles({
			name: 'other.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"formatVersion": 1}')
		});
		await expect(student.getByRole('main').getByRole('alert').last()).toContainText(
			'Nothing was changed.'
		);
		await student.getByLabel('Add the pack file…').setInputFiles(packFile());
		await expect(
			student.getByRole('heading', { level: 1, name: 'Northport: the lab' })
		).toBeVisible();
		await expect(student.getByRole('button', { name: 'Start' })).toBeVisible();
		await other.close();
	});
});
