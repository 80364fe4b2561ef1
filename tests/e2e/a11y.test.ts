import { TEACHER_ARTICLE, teacherPack } from '../../src/lib/test/teacher-pack';
import { noViolations } from './axe';
import { startPack } from './editor-helpers';
import { expect, gotoReady, keepOfflineNotice, test } from './fixtures';
import {
	answerCorrectly,
	answerWrongly,
	packQuestions,
	pressButton,
	shownQuestion,
	tabTo
} from './quiz-helpers';

const PAGES = [
	'/',
	'/module/the-ban/',
	'/module/the-ban/the-ban.l1/',
	// A module's last lesson ends with the way on to practice.
	'/module/the-ban/the-ban.l3/',
	'/article/?q=serious%20potential%20network%20security%20issues',
	'/glossary/',
	'/timeline/',
	'/quiz/the-ban.basics/',
	'/review/',
	'/progress/',
	'/teach/',
	'/teach/gradebook/',
	'/settings/',
	'/a/'
];
const VIEWPORTS = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 }
];

/** Question types met while practising, so each is checked open and with its feedback. */
const TYPES = [
	'single',
	'multi',
	'truefalse',
	'matching',
	'ordering',
	'short',
	'whosaid',
	'claimfact',
	'evidence'
];

for (const scheme of ['light', 'dark'] as const) {
	for (const viewport of VIEWPORTS) {
		test.describe(`accessibility, ${scheme}, ${viewport.width}×${viewport.height}`, () => {
			test.use({ colorScheme: scheme, viewport });

			test('every page has no axe violations', async ({ page }) => {
				test.setTimeout(120_000);
				const notice = await keepOfflineNotice(page);
				for (const path of PAGES) {
					await gotoReady(page, path);
					await page.waitForTimeout(150);
					// A highlighted passage is scrolled to smoothly: checked where the page comes to rest.
					await page.waitForFunction(
						() =>
							new Promise((done) => {
								const y = window.scrollY;
								setTimeout(() => done(window.scrollY === y), 150);
							})
					);
					await noViolations(page, path);
					if (path === '/') {
						// The first visit's "ready to use offline" notice is checked too, then put
						// away: a passing notice covers whatever is under it while it shows.
						await expect(notice).toBeVisible({ timeout: 15_000 });
						// A pointer resting on it keeps it up while it is checked, as for a reader.
						await notice.getByRole('button', { name: 'OK' }).hover();
						await noViolations(page, 'the offline notice');
						await notice.getByRole('button', { name: 'OK' }).click();
					}
				}
			});

			test('packs on this device: the list, a pack, its lesson and article have no violations', async ({
				page
			}) => {
				// Five axe scans, each several seconds on a busy 2-core machine: 20–32 s in CI.
				test.setTimeout(60_000);
				await gotoReady(page, '/library/');
				await noViolations(page, '/library/ (empty)');
				await page.getByLabel('Add a pack from a file…').setInputFiles({
					name: 'pack.json',
					mimeType: 'application/json',
					buffer: Buffer.from(JSON.stringify(teacherPack()))
				});
				await expect(page.getByRole('link', { name: 'A chip lab in Northport' })).toBeVisible();
				await page.getByRole('button', { name: 'Remove A chip lab in Northport' }).click();
				await noViolations(page, '/library/ (asking before removing)');
				await page.getByRole('link', { name: 'A chip lab in Northport' }).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('A chip lab in Northport');
				await noViolations(page, 'a pack');
				await page.getByRole('link', { name: 'What was announced' }).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('What was announced');
				await noViolations(page, "a pack's lesson");
				await page.goBack();
				await page.getByRole('link', { name: 'Read the article' }).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(
					'Harbour town opens a chip testing lab'
				);
				await noViolations(page, "a pack's article");
			});

			test('the pack editor: each step, every question type with its problems shown, the picker and a preview have no violations', async ({
				page
			}) => {
				test.setTimeout(120_000);
				await gotoReady(page, '/teach/make/');
				await expect(page.getByText('No drafts yet.')).toBeVisible();
				await noViolations(page, 'the drafts');
				await startPack(page, {
					title: 'A chip lab in Northport',
					headline: TEACHER_ARTICLE.headline,
					outlet: 'Northport News',
					date: '2026-11-30',
					text: TEACHER_ARTICLE.paragraphs.join('\n\n')
				});
				await noViolations(page, 'the article step');
				await page.getByRole('link', { name: 'Next: modules and lessons' }).click();
				await page.getByRole('button', { name: 'Add a quote' }).click();
				await page.getByRole('button', { name: 'Pick from the article: Quote 1' }).click();
				await noViolations(page, 'the lessons step, picking a quote');
				await page.getByRole('link', { name: 'Next: questions' }).click();
				for (const type of TYPES) {
					await page.getByLabel('Type of the new question').selectOption(type);
					await page.getByRole('button', { name: 'Add a question to module 1' }).click();
				}
				await page.getByRole('link', { name: 'Next: check and publish' }).click();
				await page.getByRole('button', { name: 'Publish', exact: true }).click();
				await expect(page.getByRole('main').getByRole('alert')).toContainText('problems to fix');
				await noViolations(page, 'the publish step, refused');
				await page
					.getByRole('navigation', { name: 'Steps' })
					.getByRole('link', { name: /Questions/ })
					.click();
				await expect(page.getByText('Write something here.').first()).toBeVisible();
				await noViolations(page, 'every question type, with its problems');
			});

			test('every question type, open and with feedback, and the results have no violations', async ({
				page
			}) => {
				test.setTimeout(180_000);
				const seen = new Set<string>();
				for (const set of ['the-ban.deeper', 'why.deeper', 'us-side.basics', 'allies.deeper']) {
					if (seen.size === TYPES.length) break;
					await gotoReady(page, `/quiz/${set}/?mode=practice`);
					const questions = await packQuestions(page, set);
					for (let n = 1; n <= questions.length; n++) {
						await expect(
							page.getByRole('heading', { name: new RegExp(`^Question ${n} of`) })
						).toBeVisible();
						const q = await shownQuestion(page, questions);
						const fresh = !seen.has(q.type);
						if (fresh) await noViolations(page, `${q.type} open`);
						await (n % 2 ? answerWrongly(page, q) : answerCorrectly(page, q));
						await page.getByRole('button', { name: 'Check' }).click();
						await expect(
							page.getByRole('heading', { name: /^(Correct|Not quite|Partly right)/ })
						).toBeVisible();
						// Once the verdict has finished rising: mid-way, its colours are not yet its own.
						await page.waitForFunction(() =>
							document.getAnimations().every((a) => a.playState !== 'running')
						);
						if (fresh) await noViolations(page, `${q.type} feedback`);
						seen.add(q.type);
						await page.getByRole('button', { name: 'Continue' }).click();
					}
				}
				expect([...seen].sort()).toEqual([...TYPES].sort());
				await gotoReady(page, '/quiz/the-ban.basics/?mode=test');
				await page.getByRole('button', { name: 'Submit the test' }).click();
				await page.getByRole('button', { name: 'Yes, submit the test' }).click();
				await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeVisible();
				// With the question by question review open and drawn.
				await page.getByText('Question by question').click();
				await expect(page.getByRole('listitem').filter({ hasText: 'Question 1.' })).toBeVisible();
				await noViolations(page, 'results');
			});
		});
	}
}

test('keyboard only: from Learn through a lesson, a practice set and its results', async ({
	page
}) => {
	test.setTimeout(120_000);
	await gotoReady(page, '/');
	await tabTo(page, page.getByRole('link', { name: /Module 1:/ }));
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { level: 1, name: 'The ban: who, what, how' })
	).toBeVisible();
	await tabTo(page, page.getByRole('link', { name: /Who acted, and against whom/ }));
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Who acted, and against whom' })
	).toBeVisible();
	await pressButton(page, 'Done — next lesson');
	await expect(
		page.getByRole('heading', { level: 1, name: 'What is barred, and for whom' })
	).toBeVisible();
	await tabTo(page, page.getByRole('link', { name: 'The ban: who, what, how' }));
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('link', { name: 'Practise Basics' }));
	await page.keyboard.press('Enter');
	const questions = await packQuestions(page, 'the-ban.basics');
	for (let n = 1; n <= 7; n++) {
		await expect(page.getByRole('heading', { name: `Question ${n} of 7` })).toBeVisible();
		await answerCorrectly(page, await shownQuestion(page, questions));
		await pressButton(page, 'Check');
		await expect(page.getByRole('heading', { name: /^Correct/ })).toBeFocused();
		await pressButton(page, n < 7 ? 'Continue' : 'See your results');
	}
	await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeFocused();
	await expect(page.getByText(/Your score\s*100%/)).toBeVisible();
});
