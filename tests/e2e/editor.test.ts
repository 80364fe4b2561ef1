import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { TEACHER_ARTICLE } from '../../src/lib/test/teacher-pack';
import { expect, gotoReady, test, waitForOffline } from './fixtures';
import { pickQuote, startPack } from './editor-helpers';
import { FILLS, questionIn } from './editor-questions';
import { answerCorrectly, shownQuestion, tabTo, type PackQuestion } from './quiz-helpers';

const ARTICLE = {
	title: 'A chip lab in Northport',
	headline: TEACHER_ARTICLE.headline,
	outlet: 'Northport News',
	date: '2026-11-30',
	text: TEACHER_ARTICLE.paragraphs.join('\n\n')
};

const steps = (page: Page) => page.getByRole('navigation', { name: 'Steps' });
const saved = (page: Page) =>
	expect(page.getByRole('main').getByRole('status').first()).toHaveText('Saved on this device');

async function saveFile(page: Page): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save the pack as a file' }).click()
	]);
	return download.path();
}

async function publish(page: Page, button: string, version: string): Promise<void> {
	await steps(page)
		.getByRole('link', { name: /Check and publish/ })
		.click();
	await page.getByRole('button', { name: button }).click();
	await expect(page.getByRole('main')).toContainText(`Published version ${version}.`);
}

test.describe('making a pack', () => {
	test('a teacher writes a pack from a new article with a question of every type, previews and publishes it; a student studies it offline; an edit keeps their progress', async ({
		page,
		browser
	}) => {
		test.setTimeout(180_000);
		await gotoReady(page, '/teach/');
		await page.getByRole('link', { name: 'Make a pack from an article' }).click();
		await startPack(page, ARTICLE);
		await saved(page);
		// A draft survives a reload.
		await page.reload();
		await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(ARTICLE.text);
		await expect(page.getByRole('main')).toContainText('3 paragraphs, 4 sentences');

		await page.getByRole('link', { name: 'Next: modules and lessons' }).click();
		const main = page.getByRole('main');
		await main.getByRole('textbox', { name: 'Module title' }).fill('The lab');
		await main
			.getByRole('textbox', { name: 'What the module is about' })
			.fill('The plan, and what others said.');
		await main.getByRole('textbox', { name: 'Objective 1' }).fill('Say what the council announced');
		await main.getByRole('textbox', { name: 'Lesson title' }).fill('What was announced');
		await main
			.getByRole('textbox', { name: 'Lesson text' })
			.fill('The council wants a [[testing lab]].\n\nNot everyone thinks it is enough.');
		await main.getByRole('button', { name: 'Add a term' }).click();
		await main.getByRole('textbox', { name: 'Term', exact: true }).fill('Testing lab');
		await main
			.getByRole('textbox', { name: 'Definition' })
			.fill('A place where chips are checked before they are sold.');
		await main.getByRole('button', { name: 'Add a quote' }).click();
		// A quote that is not the article's words is refused beside the field.
		await main.getByRole('textbox', { name: 'Quote 1' }).fill('a chip factory will open');
		await expect(
			main.getByText(/The article has “a chip” but not “factory” after it/)
		).toBeVisible();
		await main.getByRole('textbox', { name: 'Quote 1' }).fill('');
		await pickQuote(main, 'Quote 1', 'a chip testing lab will open in the old harbour warehouse');
		await main.getByRole('textbox', { name: 'Who says it' }).fill('The council');

		await page.getByRole('link', { name: 'Next: questions' }).click();
		const types = Object.keys(FILLS);
		for (const [i, type] of types.entries()) {
			await main.getByLabel('Type of the new question').selectOption(type);
			await main.getByRole('button', { name: 'Add a question to module 1' }).click();
			await FILLS[type]!(questionIn(main, i + 1));
		}
		await saved(page);

		// A question removed by mistake comes back with Undo.
		await questionIn(main, 2).getByRole('button', { name: 'Remove question 2' }).click();
		await expect(questionIn(main, 9)).toHaveCount(0);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(questionIn(main, 9)).toBeVisible();
		await expect(questionIn(main, 2)).toContainText('Multiple answers');

		await steps(page)
			.getByRole('link', { name: /Check and publish/ })
			.click();
		await expect(main).toContainText('Nothing to fix: 1 module, 9 questions');
		// The preview is the real player, and keeps nothing.
		await main.getByRole('link', { name: 'Preview module 1: The lab' }).click();
		await expect(main).toContainText('Nothing you answer here is recorded');
		await page.getByRole('radio', { name: 'In the old harbour warehouse' }).check();
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('main')).toContainText('Correct');
		await page.getByRole('link', { name: 'Back to the editor' }).first().click();

		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await expect(main).toContainText('Published version 1.0.0.');
		await main.getByRole('link', { name: 'Open the pack' }).click();
		await expect(page.getByRole('heading', { level: 1, name: ARTICLE.title })).toBeVisible();
		await expect(page.getByRole('main')).toContainText('Your progress');
		const first = await saveFile(page);
		const pack = JSON.parse(await readFile(first, 'utf8'));
		expect(pack.version).toBe('1.0.0');
		expect(pack.modules[0].questions.map((q: PackQuestion) => q.type)).toEqual(types);

		// A student, offline after one visit, adds the file, reads the lesson and answers.
		const other = await browser.newContext();
		const student = await other.newPage();
		await gotoReady(student, '/library/');
		await waitForOffline(student);
		await other.setOffline(true);
		await student.getByLabel('Add a pack from a file…').setInputFiles(first);
		await student.getByRole('link', { name: ARTICLE.title }).click();
		await student.getByRole('link', { name: 'What was announced' }).click();
		await expect(student.getByRole('main')).toContainText('Not everyone thinks it is enough.');
		await student.getByRole('link', { name: 'testing lab', exact: true }).click();
		await expect(
			student.getByText('A place where chips are checked before they are sold.')
		).toBeVisible();
		await student.keyboard.press('Escape');
		await student.getByRole('button', { name: 'Done — back to the pack' }).click();
		await student.getByRole('button', { name: 'Practise The lab: All questions' }).click();
		const questions = pack.modules[0].questions as PackQuestion[];
		for (let n = 0; n < questions.length; n++) {
			// The question before may still be leaving the screen.
			await expect(student.locator('fieldset legend').first()).toContainText(
				`Question ${n + 1} of 9`
			);
			await answerCorrectly(student, await shownQuestion(student, questions));
			await student.getByRole('button', { name: 'Check' }).click();
			await student.getByRole('button', { name: /^(Continue|See your results)$/ }).click();
		}
		await expect(student.getByRole('main')).toContainText(/9\s*of 9 right/);
		await student.getByRole('link', { name: 'Progress' }).click();
		await expect(student.getByRole('main')).toContainText(ARTICLE.title);

		// The teacher edits one question and publishes again; the student adds the new version.
		await page.goBack();
		await steps(page)
			.getByRole('link', { name: /Questions/ })
			.click();
		await questionIn(main, 1)
			.getByRole('textbox', { name: 'Question', exact: true })
			.fill('In which building will the lab open?');
		await questionIn(main, 1).getByRole('textbox', { name: 'Option 2' }).fill('In the town hall');
		await publish(page, 'Publish version 1.1.0', '1.1.0');
		await main.getByRole('link', { name: 'Open the pack' }).click();
		const second = await saveFile(page);

		await student
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Learn' })
			.click();
		await student.getByRole('link', { name: 'Packs on this device' }).click();
		await student.getByLabel('Add a pack from a file…').setInputFiles(second);
		await expect(student.getByRole('main').getByRole('status')).toContainText(
			'Updated “A chip lab in Northport” to version 1.1.0: 1 question updated'
		);
		await student.getByRole('link', { name: ARTICLE.title }).click();
		await expect(student.getByRole('region', { name: 'Your progress', exact: true })).toContainText(
			'9 answers so far'
		);
		await other.close();
	});
	test('with Teach opened once, a pack is started and written offline, and the draft survives a reload offline', async ({
		page,
		context
	}) => {
		await gotoReady(page, '/');
		await waitForOffline(page);
		await gotoReady(page, '/teach/');
		const teacherStored = () =>
			page.evaluate(async () => {
				const groups = await (await fetch('/_app/offline-groups.json')).json();
				for (const f of groups.teacher as string[]) if (!(await caches.match(f))) return false;
				return true;
			});
		await expect.poll(teacherStored).toBe(true);
		await context.setOffline(true);
		await page.getByRole('link', { name: 'Make a pack from an article' }).click();
		await startPack(page, ARTICLE);
		await saved(page);
		await page.getByRole('link', { name: 'Next: modules and lessons' }).click();
		await page.getByRole('textbox', { name: 'Lesson title' }).fill('Written offline');
		// Hidden (the tab put away, the phone locked): saved at once, whatever the wait.
		await page.evaluate(() => {
			Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
		});
		await saved(page);
		await page.reload();
		await expect(page.getByRole('textbox', { name: 'Lesson title' })).toHaveValue(
			'Written offline'
		);
		await page.getByRole('link', { name: 'Make a pack', exact: true }).click();
		await expect(page.getByRole('link', { name: ARTICLE.title })).toBeVisible();
		await expect(page.getByRole('main')).toContainText('not published yet');
	});
	test('keyboard only: a quote is picked by moving the cursor and selecting with Shift and the arrows', async ({
		page
	}) => {
		await gotoReady(page, '/teach/make/');
		await startPack(page, ARTICLE);
		await page.getByRole('link', { name: 'Next: modules and lessons' }).click();
		await tabTo(page, page.getByRole('button', { name: 'Add a quote' }));
		await page.keyboard.press('Enter');
		await tabTo(page, page.getByRole('button', { name: 'Pick from the article: Quote 1' }));
		await page.keyboard.press('Enter');
		const source = page.getByRole('textbox', { name: /^Select the words in the article/ });
		await expect(source).toBeFocused();
		// The headline, then a blank line: the cursor goes down to the first paragraph's start,
		// then selects its first three words.
		await page.keyboard.press('Control+Home');
		for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Home');
		for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
		// Typing changes nothing: the article stays as it was.
		await page.keyboard.type('x');
		await expect(source).toHaveValue(new RegExp(`^${ARTICLE.headline}\\n\\n`));
		await tabTo(page, page.getByRole('button', { name: 'Use these words' }));
		await page.keyboard.press('Enter');
		const quote = page.getByRole('textbox', { name: 'Quote 1' });
		await expect(quote).toHaveValue('The council of');
		await expect(quote).toBeFocused();
	});
});
