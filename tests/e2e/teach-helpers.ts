import type { Page } from '@playwright/test';
import { decodeAssignment, type Assignment } from '../../src/lib/teach/assignment';
import { makeReceipt } from '../../src/lib/teach/factories';
import { encodeReceipt } from '../../src/lib/teach/receipt';
import { gotoReady } from './fixtures';

/**
 * Makes an assignment of the first module's Basics set in Teach's form, for `className` if
 * given, and returns it as its link holds it. The page is left on the assignment's share view.
 */
export async function assignBasics(page: Page, title: string, className = ''): Promise<Assignment> {
	await gotoReady(page, '/teach/?new');
	await page.getByLabel('Title').fill(title);
	if (className) await page.getByLabel('Class', { exact: true }).fill(className);
	await page
		.getByRole('group', { name: 'The ban: who, what, how' })
		.getByRole('checkbox', { name: /^Basics/ })
		.check();
	await page.getByRole('button', { name: 'Save assignment' }).click();
	const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();
	const decoded = decodeAssignment(link.slice(link.indexOf('#') + 1));
	if (!decoded.ok) throw new Error('The link does not read back');
	return decoded.assignment;
}

/** A student's receipt code for `a`, with one credit a question (missing ones 0). */
export function receiptCode(a: Assignment, student: string, credits: readonly number[]): string {
	const all = a.questionIds.map((_, i) => credits[i] ?? 0);
	return encodeReceipt(
		makeReceipt(all, {
			assignmentId: a.id,
			student,
			title: a.title,
			results: a.questionIds.map((questionId, i) => ({
				questionId,
				credit: all[i] ?? 0,
				answer: 'Micron'
			}))
		})
	);
}
