import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Fails with each WCAG 2.2 AA violation axe finds on the page as it is now. */
export async function noViolations(page: Page, where: string) {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const found = violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')})`
	);
	expect(found, where).toEqual([]);
}
