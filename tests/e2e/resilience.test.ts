import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../../playwright.config';
import { expect, gotoReady, test } from './fixtures';
import { answerCorrectly, controlsState, packQuestions, shownQuestion } from './quiz-helpers';

const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});

/** Starts Chromium on a profile folder, as a phone's browser would keep one. */
async function startBrowser(profile: string) {
	const port = await freePort();
	const child = spawn(
		chromiumPath,
		[
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			`--user-data-dir=${profile}`,
			`--remote-debugging-port=${port}`,
			'about:blank'
		],
		// Its own process group, so killing it takes the renderer and helpers with it.
		{ stdio: 'ignore', detached: true }
	);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	let browser: Browser | null = null;
	for (let i = 0; i < 50 && !browser; i++) {
		browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => null);
		if (!browser) await new Promise((r) => setTimeout(r, 200));
	}
	if (!browser) throw new Error('Chromium did not start');
	const kill = async () => {
		try {
			process.kill(-(child.pid ?? 0), 'SIGKILL');
		} catch {
			child.kill('SIGKILL');
		}
		await exited;
	};
	return { browser, kill };
}

test('the browser killed mid-set: the attempt resumes with every answer given', async ({
	baseURL
}) => {
	test.setTimeout(60_000);
	const profile = mkdtempSync(join(tmpdir(), 'chipwise-profile-'));
	try {
		const first = await startBrowser(profile);
		const page = await first.browser.contexts()[0]!.newPage();
		await gotoReady(page, `${baseURL}/quiz/allies.basics/?mode=test`);
		const questions = await packQuestions(page, 'allies.basics');
		for (let n = 1; n <= 3; n++) {
			await expect(page.getByRole('heading', { name: `Question ${n} of 9` })).toBeVisible();
			await answerCorrectly(page, await shownQuestion(page, questions));
			await expect(page.getByRole('button', { name: `Question ${n}, answered` })).toBeVisible();
			if (n < 3) await page.getByRole('button', { name: 'Next', exact: true }).click();
		}
		const before = await controlsState(page);
		await page.waitForTimeout(300); // the last answer's write is a few milliseconds behind the screen
		await first.kill();

		const again = await startBrowser(profile);
		const resumed = await again.browser.contexts()[0]!.newPage();
		await gotoReady(resumed, `${baseURL}/quiz/allies.basics/?mode=test`);
		await expect(resumed.getByRole('heading', { name: 'Question 3 of 9' })).toBeVisible();
		expect(await controlsState(resumed)).toEqual(before);
		for (const n of [1, 2, 3])
			await expect(resumed.getByRole('button', { name: `Question ${n}, answered` })).toBeVisible();
		await again.kill();
	} finally {
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
});

test('two tabs answering at once: every answer lands once', async ({ context, page }) => {
	const other = await context.newPage();
	await gotoReady(page, '/quiz/the-ban.basics/?mode=practice');
	await gotoReady(other, '/quiz/why.basics/?mode=practice');
	const [a, b] = [
		await packQuestions(page, 'the-ban.basics'),
		await packQuestions(other, 'why.basics')
	];
	await answerCorrectly(page, await shownQuestion(page, a));
	await answerCorrectly(other, await shownQuestion(other, b));
	await Promise.all([
		page.getByRole('button', { name: 'Check' }).click(),
		other.getByRole('button', { name: 'Check' }).click()
	]);
	await expect(page.getByRole('heading', { name: /^Correct/ })).toBeVisible();
	await expect(other.getByRole('heading', { name: /^Correct/ })).toBeVisible();

	// The same question of the same attempt checked in two tabs is one answer, not two.
	const twin = await context.newPage();
	await gotoReady(twin, '/quiz/the-ban.basics/?mode=practice');
	await page.getByRole('button', { name: 'Continue' }).click();
	await twin.reload();
	await expect(twin.getByRole('heading', { name: 'Question 2 of 7' })).toBeVisible();
	const q = await shownQuestion(page, a);
	await answerCorrectly(page, q);
	await answerCorrectly(twin, q);
	await Promise.all([
		page.getByRole('button', { name: 'Check' }).click(),
		twin.getByRole('button', { name: 'Check' }).click()
	]);
	await expect(twin.getByRole('heading', { name: /^Correct/ })).toBeVisible();

	await gotoReady(other, '/progress/');
	await expect(
		other.getByRole('list', { name: 'Summary' }).getByRole('listitem').first()
	).toContainText('3');
});
