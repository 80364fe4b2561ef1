import { expect, type Locator, type Page } from '@playwright/test';

/** The parts of a pack question the tests need to answer it. */
export interface PackQuestion {
	id: string;
	type: string;
	prompt: string;
	answer?: string | boolean;
	answers?: string[];
	pairs?: { left: string; right: string }[];
	items?: string[];
	options?: string[];
	quote?: string;
	statement?: string;
	sentences?: string[];
}

interface PackModule {
	questions: PackQuestion[];
	sets: { id: string; questionIds: string[] }[];
}

/** The questions of the pack, or of one of its sets, as the app serves them. */
export async function packQuestions(page: Page, setId?: string): Promise<PackQuestion[]> {
	const pack = await page.evaluate(async () => (await fetch('/packs/micron-ban.json')).json());
	const modules: PackModule[] = pack.modules;
	const all = modules.flatMap((m) => m.questions);
	if (!setId) return all;
	const set = [...modules.flatMap((m) => m.sets), pack.finalTest].find((s) => s.id === setId);
	return all.filter((q) => set?.questionIds.includes(q.id));
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab until the target has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	await expect(target).toHaveCount(1);
	for (let i = 0; i < max; i++) {
		if (await isFocused(target)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

/** The question on screen, found by its prompt in the fieldset's legend. */
export async function shownQuestion(page: Page, questions: PackQuestion[]): Promise<PackQuestion> {
	const fieldset = page.locator('fieldset').first();
	const legend = await fieldset.locator('legend').first().innerText();
	const text = (await fieldset.innerText()).replace(/\s+/g, ' ');
	const squash = (s: string) => s.replace(/\s+/g, ' ');
	// Several claim-or-fact questions share a prompt: the statement or quote tells them apart.
	const prompt = legend.replace(/^Question \d+ of \d+:\s*/, '').trim();
	const matches = questions.filter(
		(x) =>
			squash(x.prompt) === squash(prompt) &&
			(!x.statement || text.includes(squash(x.statement))) &&
			(!x.quote || text.includes(squash(x.quote)))
	);
	if (matches.length !== 1) throw new Error(`${matches.length} questions match "${legend}"`);
	return matches[0]!;
}

const CLAIM = {
	claim: 'A claim made by a party in the story',
	reported: "The article's own reporting"
};

async function chooseRadio(page: Page, name: string) {
	const target = page.getByRole('radio', { name, exact: true });
	await expect(target).toHaveCount(1);
	await tabTo(page, page.getByRole('radio').first());
	for (let i = 0; i < 8 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
	await expect(target).toBeChecked();
}

/** A tile of a matching question: an item still to match, or an answer still unused. */
export function matchingTile(page: Page, list: 'Items' | 'Answers', text: string): Locator {
	return page.getByRole('list', { name: list }).getByRole('button', { name: text, exact: true });
}

/** The button that undoes a matched item's pair. */
export function undoMatch(page: Page, left: string): Locator {
	return page.getByRole('button', { name: `Undo the match for “${left}”`, exact: true });
}

/** Answers the question on screen correctly, with the keyboard alone. */
const NOT_SAID = 'The article does not say';

export async function answerCorrectly(page: Page, q: PackQuestion): Promise<void> {
	switch (q.type) {
		case 'single':
		case 'whosaid':
			return chooseRadio(page, String(q.answer));
		case 'truefalse':
			return chooseRadio(page, q.answer ? 'True' : 'False');
		case 'claimfact':
			return chooseRadio(page, CLAIM[q.answer as 'claim' | 'reported']);
		case 'multi':
			for (const name of q.answers ?? []) {
				await tabTo(page, page.getByRole('checkbox', { name, exact: true }));
				await page.keyboard.press('Space');
			}
			return;
		case 'matching':
			for (const pair of q.pairs ?? []) {
				await tabTo(page, matchingTile(page, 'Items', pair.left));
				await page.keyboard.press('Enter');
				await tabTo(page, matchingTile(page, 'Answers', pair.right));
				await page.keyboard.press('Enter');
				await expect(undoMatch(page, pair.left)).toBeVisible();
			}
			return;
		case 'ordering': {
			const items = q.items ?? [];
			for (const [target, item] of items.entries()) {
				const ups = page.getByRole('button', { name: /^Move “.*” up$/ });
				const names = await ups.evaluateAll((els) =>
					els.map((e) => e.getAttribute('aria-label') ?? '')
				);
				const at = names.indexOf(`Move “${item}” up`);
				if (at > target) {
					await tabTo(page, page.getByRole('button', { name: `Move “${item}” up`, exact: true }));
					for (let i = at; i > target; i--) await page.keyboard.press('Enter');
				}
			}
			return;
		}
		case 'short':
			await tabTo(page, page.getByRole('textbox', { name: 'Your answer' }));
			await page.keyboard.type(q.answers?.[0] ?? '');
			return;
		case 'evidence':
			// A sentence's name may have an article typo marked [sic]: it is found by its start.
			for (const text of q.answers?.length ? q.answers : [NOT_SAID]) {
				await tabTo(page, page.getByRole('checkbox', { name: text.slice(0, 40) }));
				await page.keyboard.press('Space');
			}
			return;
		default:
			throw new Error(`Unknown type ${q.type}`);
	}
}

/** Activates a button by tabbing to it and pressing Enter. */
export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
	await tabTo(page, page.getByRole('button', { name }));
	await page.keyboard.press('Enter');
}

/** Answers the question on screen wrongly (a miss or at best partly right), by pointer. */
export async function answerWrongly(page: Page, q: PackQuestion): Promise<void> {
	switch (q.type) {
		case 'single':
		case 'whosaid': {
			const wrong = (q.options ?? []).find((o) => o !== q.answer) ?? '';
			return page.getByRole('radio', { name: wrong, exact: true }).check();
		}
		case 'truefalse':
			return page.getByRole('radio', { name: q.answer ? 'False' : 'True', exact: true }).check();
		case 'claimfact':
			return page
				.getByRole('radio', { name: q.answer === 'claim' ? CLAIM.reported : CLAIM.claim })
				.check();
		case 'multi': {
			const wrong = (q.options ?? []).find((o) => !q.answers?.includes(o)) ?? '';
			return page.getByRole('checkbox', { name: wrong, exact: true }).check();
		}
		case 'matching': {
			// Each item with the next one's answer: none is right.
			const pairs = q.pairs ?? [];
			for (const [i, pair] of pairs.entries()) {
				await matchingTile(page, 'Items', pair.left).click();
				await matchingTile(page, 'Answers', pairs[(i + 1) % pairs.length]?.right ?? '').click();
			}
			return;
		}
		case 'ordering':
			return; // never shown already solved
		case 'short':
			return page.getByRole('textbox', { name: 'Your answer' }).fill('zzz');
		case 'evidence': {
			const name = q.answers?.length ? NOT_SAID : (q.sentences?.[0] ?? '').slice(0, 40);
			return page.getByRole('checkbox', { name }).check();
		}
	}
}

/**
 * The controls of the question on screen, in order, with their state, and the rows of its
 * lists (a matched pair, an item's place): what a learner sees.
 */
export function controlsState(page: Page): Promise<string[]> {
	return page
		.locator('fieldset')
		.first()
		.locator('input, select, button, li')
		.evaluateAll((els) =>
			els.map((el) => {
				const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (el instanceof HTMLLIElement) return `row: ${text}`;
				const name =
					el.getAttribute('aria-label') ??
					(el instanceof HTMLButtonElement
						? text
						: (el as HTMLInputElement).labels?.[0]?.textContent?.trim()) ??
					'';
				if (el instanceof HTMLInputElement)
					return `${name}=${el.type === 'text' ? el.value : el.checked}`;
				if (el instanceof HTMLSelectElement) return `${name}=${el.value}`;
				const pressed = el.getAttribute('aria-pressed');
				return pressed ? `${name}=${pressed}` : name;
			})
		);
}
