// Data in the browser before Lighthouse opens the pages that show it: finished practice sets
// (their results screen, Progress with data), one set in progress (Learn offers to resume it),
// and an assignment with receipts (gradebook).
// Answers questions the way tests/e2e/quiz-helpers.ts does, by pointer.
import { chromium } from '@playwright/test';
import { HARNESS_PATH, log } from './common.js';

const CLAIM = {
	claim: 'A claim made by a party in the story',
	reported: "The article's own reporting"
};

/** @typedef {{ id: string, type: string, prompt: string, answer?: string | boolean, answers?: string[], pairs?: { left: string, right: string }[], items?: string[], quote?: string, statement?: string }} Question */
/** @typedef {import('@playwright/test').Page} Page */

/** @param {Page} page @param {string} setId @returns {Promise<Question[]>} */
async function setQuestions(page, setId) {
	const pack = await page.evaluate(async () => (await fetch('/packs/micron-ban.json')).json());
	/** @type {{ questions: Question[], sets: { id: string, questionIds: string[] }[] }[]} */
	const modules = pack.modules;
	const set = modules.flatMap((m) => m.sets).find((s) => s.id === setId);
	return modules.flatMap((m) => m.questions).filter((q) => set?.questionIds.includes(q.id));
}

const squash = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim();

/** The question on screen, found by the prompt in its legend (and statement or quote). */
async function shownQuestion(/** @type {Page} */ page, /** @type {Question[]} */ questions) {
	const fieldset = page.locator('fieldset').first();
	const legend = await fieldset.locator('legend').first().innerText();
	const text = squash(await fieldset.innerText());
	const prompt = squash(legend.replace(/^Question \d+ of \d+:\s*/, ''));
	const matches = questions.filter(
		(q) =>
			squash(q.prompt) === prompt &&
			(!q.statement || text.includes(squash(q.statement))) &&
			(!q.quote || text.includes(squash(q.quote)))
	);
	if (matches.length !== 1) throw new Error(`${matches.length} questions match "${legend}"`);
	return /** @type {Question} */ (matches[0]);
}

/** Answers the question on screen correctly. */
async function answerCorrectly(/** @type {Page} */ page, /** @type {Question} */ q) {
	const radio = (/** @type {string} */ name) =>
		page.getByRole('radio', { name, exact: true }).check();
	switch (q.type) {
		case 'single':
		case 'whosaid':
			return radio(String(q.answer));
		case 'truefalse':
			return radio(q.answer ? 'True' : 'False');
		case 'claimfact':
			return radio(CLAIM[/** @type {'claim' | 'reported'} */ (q.answer)]);
		case 'multi':
			for (const name of q.answers ?? []) {
				await page.getByRole('checkbox', { name, exact: true }).check();
			}
			return;
		case 'matching': {
			// Tap an item, then its answer.
			const tile = (/** @type {string} */ list, /** @type {string} */ name) =>
				page.getByRole('list', { name: list }).getByRole('button', { name, exact: true });
			for (const pair of q.pairs ?? []) {
				await tile('Items', pair.left).click();
				await tile('Answers', pair.right).click();
			}
			return;
		}
		case 'ordering':
			for (const [target, item] of (q.items ?? []).entries()) {
				const ups = page.getByRole('button', { name: /^Move “.*” up$/ });
				const names = await ups.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
				const at = names.indexOf(`Move “${item}” up`);
				const up = page.getByRole('button', { name: `Move “${item}” up`, exact: true });
				for (let i = at; i > target; i--) await up.click();
			}
			return;
		case 'short':
			return page.getByRole('textbox', { name: 'Your answer' }).fill(q.answers?.[0] ?? '');
		case 'evidence':
			// A sentence's name may have an article typo marked [sic]: it is found by its start.
			for (const text of q.answers?.length ? q.answers : ['The article does not say']) {
				await page.getByRole('checkbox', { name: text.slice(0, 40) }).check();
			}
			return;
		default:
			throw new Error(`Unknown question type ${q.type}`);
	}
}

/** Answers the question on screen wrongly where that is simple, else correctly. */
async function answerWrongly(/** @type {Page} */ page, /** @type {Question} */ q) {
	if (q.type === 'short') return page.getByRole('textbox', { name: 'Your answer' }).fill('zzz');
	if (!['single', 'whosaid', 'truefalse', 'claimfact'].includes(q.type))
		return answerCorrectly(page, q);
	const radios = page.getByRole('radio');
	const right =
		q.type === 'truefalse'
			? q.answer
				? 'True'
				: 'False'
			: q.type === 'claimfact'
				? CLAIM[/** @type {'claim' | 'reported'} */ (q.answer)]
				: String(q.answer);
	for (const radio of await radios.all()) {
		const name = await radio.evaluate(
			(el) => /** @type {HTMLInputElement} */ (el).labels?.[0]?.innerText.trim() ?? ''
		);
		if (name !== right) return radio.check();
	}
}

/**
 * Answers a set in practice mode, right but for the first question (it comes back at the end).
 * With `stopAfter`, leaves the set unfinished after that many answers; else returns the results
 * screen's address (the player adds `&attempt=<id>` to it when the set is finished).
 * @param {Page} page
 * @param {string} origin
 * @param {string} setId
 * @param {number} [stopAfter]
 */
export async function answerSet(page, origin, setId, stopAfter = Infinity) {
	await page.goto(`${origin}/quiz/${setId}/?mode=practice`);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	const questions = await setQuestions(page, setId);
	const check = page.getByRole('button', { name: 'Check' });
	for (let n = 1; n < 40; n++) {
		// A Check button means a question waits (the missed one comes back as a second chance).
		await check.waitFor();
		const q = await shownQuestion(page, questions);
		if (n === 1) await answerWrongly(page, q);
		else await answerCorrectly(page, q);
		await check.click();
		const next = page.getByRole('button', { name: /^(Continue|See your results)$/ });
		const last = (await next.innerText()).trim() === 'See your results';
		await next.click();
		if (n >= stopAfter) {
			await check.waitFor();
			return null;
		}
		if (last) break;
	}
	await page.getByRole('heading', { level: 1, name: /^Results/ }).waitFor();
	await page.waitForURL(/[?&]attempt=/);
	const url = new URL(page.url());
	return `${url.pathname}${url.search}`;
}

/**
 * Everything the stateful pages show, in the browser's default context (the one Lighthouse
 * uses). Returns their addresses; the gradebook's is null with a reason when it cannot be made.
 * @param {import('@playwright/test').Browser} browser connected over CDP
 * @param {string} origin
 * @param {{ gradebook: boolean }} options
 */
export async function prepareState(browser, origin, options) {
	const context = browser.contexts()[0];
	if (!context) throw new Error('No default browser context');
	const page = await context.newPage();
	// The first visit's "Ready to use offline" notice passes over the bottom of the screen and
	// stays while the pointer rests on it: put it away as a person would (tests/e2e/fixtures.ts).
	await page.addLocatorHandler(
		page.getByRole('status').filter({ hasText: 'Ready to use offline.' }),
		(notice) => notice.getByRole('button', { name: 'OK' }).dispatchEvent('click')
	);
	try {
		log('state: answering the-ban.basics in practice');
		const results = await answerSet(page, origin, 'the-ban.basics');
		log('state: answering why.basics in practice');
		await answerSet(page, origin, 'why.basics');
		log('state: us-side.basics left after 3 answers');
		await answerSet(page, origin, 'us-side.basics', 3);
		await page.goto(`${origin}/progress/`);
		await page.getByRole('list', { name: 'Summary' }).waitFor();
		/** @type {{ path: string | null, notMeasured?: string }} */
		let gradebook = { path: null, notMeasured: 'the gradebook page is not built' };
		if (options.gradebook) {
			log('state: an assignment with 30 receipts');
			await page.goto(`${origin}${HARNESS_PATH}`);
			await page.waitForFunction(() => 'bench' in window);
			/** @type {{ id: string } | { skipped: string }} */
			const seeded = await page.evaluate(() => window.bench.seedGradebook(30));
			gradebook =
				'id' in seeded
					? { path: `/teach/gradebook/?id=${seeded.id}` }
					: { path: null, notMeasured: seeded.skipped };
		}
		if (!results) throw new Error('The set did not finish');
		return { learn: '/', results, progress: '/progress/', gradebook };
	} finally {
		await page.close();
	}
}

/**
 * The address of a teacher's assignment link, made by the harness; opening the harness stores
 * nothing, and Lighthouse clears the origin before a first visit anyway.
 * @param {import('@playwright/test').Browser} browser connected over CDP
 * @param {string} origin
 */
export async function assignmentLink(browser, origin) {
	const context = browser.contexts()[0];
	if (!context) throw new Error('No default browser context');
	const page = await context.newPage();
	try {
		await page.goto(`${origin}${HARNESS_PATH}`);
		await page.waitForFunction(() => 'bench' in window);
		return await page.evaluate(() => window.bench.assignmentPath());
	} finally {
		await page.close();
	}
}

/**
 * Runs `fn` with Playwright connected to the Chromium on `port`, then disconnects, so that
 * Playwright is not attached to the tab Lighthouse measures.
 * @template T
 * @param {number} port
 * @param {(browser: import('@playwright/test').Browser) => Promise<T>} fn
 */
export async function withPlaywright(port, fn) {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
	try {
		return await fn(browser);
	} finally {
		await browser.close();
	}
}

/**
 * Before a page with data: the same reset Lighthouse makes (service worker, Cache Storage,
 * HTTP cache), so that it loads cold like the other pages, but IndexedDB is kept.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 */
export async function coldButKeepData(browser, origin) {
	const context = browser.contexts()[0];
	if (!context) throw new Error('No default browser context');
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', {
		origin,
		storageTypes: 'service_workers,cache_storage'
	});
	await cdp.send('Network.clearBrowserCache');
	await page.close();
}
