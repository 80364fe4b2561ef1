import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createBackup } from '../../src/lib/progress/backup';
import { attempt, response } from '../../src/lib/progress/test-factories';
import { expect, gotoReady, test } from './fixtures';

/** Answers in the generated backup; BACKUP_ANSWERS=100000 measures the largest file allowed. */
const ANSWERS = Number(process.env.BACKUP_ANSWERS ?? 20_000);
const PER_SET = 10;

/** A learner's backup with `answers` answers, ten per finished set, on real questions. */
function largeBackup(answers: number): Buffer {
	const profileId = 'big-learner';
	const questionIds = Array.from({ length: PER_SET }, (_, i) => `the-ban.q0${i}`);
	const sets = Array.from({ length: Math.ceil(answers / PER_SET) }, (_, n) =>
		attempt({
			id: `set-${n}`,
			profileId,
			setId: 'the-ban.basics',
			questionIds,
			queue: questionIds,
			drafts: {},
			finishedAt: 1_700_000_000_000 + n * 60_000
		})
	);
	const rows = Array.from({ length: answers }, (_, i) => {
		const set = sets[Math.floor(i / PER_SET)]!;
		const questionId = questionIds[i % PER_SET]!;
		return response({
			id: `${set.id}:${questionId}:0`,
			attemptId: set.id,
			profileId,
			questionId,
			answeredAt: 1_700_000_000_000 + i * 6_000
		});
	});
	const text = createBackup(
		{
			profile: { id: profileId, name: 'Big Learner', createdAt: 1_700_000_000_000 },
			settings: [],
			lessonProgress: [],
			attempts: sets,
			responses: rows,
			cards: []
		},
		{ appVersion: '0.1.0', exportedAt: 1_700_000_000_000 }
	);
	return Buffer.from(text);
}

/** Records every text the restore status shows, and the longest main-thread task. */
async function watchRestore(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { seen: string[]; longest: number };
		w.seen = [];
		w.longest = 0;
		const status = document.querySelector('#backup')!.closest('section')!;
		new MutationObserver(() => {
			const text = status.querySelector('[role="status"]')?.textContent ?? '';
			if (w.seen.at(-1) !== text) w.seen.push(text);
		}).observe(status, { subtree: true, childList: true, characterData: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
		}).observe({ type: 'longtask', buffered: false });
	});
}

test('a large backup restores with a progress bar, and all its answers are there', async ({
	page
}) => {
	test.setTimeout(120_000);
	const file = largeBackup(ANSWERS);
	// From a file on disk, as a user would pick it: a buffer would be rebuilt in the page first.
	const path = test.info().outputPath('chipwise-backup-Big-Learner.json');
	await writeFile(path, file);
	await gotoReady(page, '/settings/');
	await watchRestore(page);
	const started = Date.now();
	await page.getByLabel('Restore from a file…').setInputFiles(path);
	await expect(page.getByRole('progressbar', { name: 'Restoring the backup' })).toBeVisible();
	const done = page.getByRole('status').filter({ hasText: 'Restored Big Learner' });
	await expect(done).toContainText(/new answers/, { timeout: 100_000 });
	const elapsed = Date.now() - started;
	await expect(page.getByRole('progressbar')).toHaveCount(0);

	const { seen, longest } = await page.evaluate(() => {
		const w = window as unknown as { seen: string[]; longest: number };
		return { seen: w.seen, longest: w.longest };
	});
	expect(seen.filter((s) => /^Restoring… \d+ %$/.test(s)).length).toBeGreaterThan(1);
	test.info().annotations.push({
		type: 'measure',
		description: `${ANSWERS} answers, ${(file.length / 1e6).toFixed(1)} MB: restored in ${elapsed} ms, longest task ${Math.round(longest)} ms`
	});

	await gotoReady(page, '/progress/');
	const answers = page.getByRole('list', { name: 'Summary' }).getByRole('listitem').first();
	const figure = String(ANSWERS).replace(/(\d)(?=(\d{3})+$)/g, '$1[,.\\s\u202f]?');
	// Reading every answer back for the dashboard takes a while on a slow machine.
	await expect(answers).toContainText(new RegExp(`^${figure}\\b`), { timeout: 60_000 });
});
