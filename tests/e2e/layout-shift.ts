import type { Page } from '@playwright/test';

type Watch = { shifts: number; moved: string[] };

/** From the next navigation on, adds up layout shifts not caused by input (as CLS counts them). */
export async function watchLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		const watch: Watch = { shifts: 0, moved: [] };
		(window as unknown as { watch: Watch }).watch = watch;
		const describe = (node: Node | null) =>
			node instanceof Element
				? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} “${(node.textContent ?? '').trim().slice(0, 40)}”`
				: String(node?.nodeName);
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources: { node: Node | null }[];
			})[]) {
				if (e.hadRecentInput) continue;
				watch.shifts += e.value;
				watch.moved.push(...e.sources.map((s) => describe(s.node)));
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shift measured so far on the current page, and what moved. */
export const layoutShift = (page: Page) =>
	page.evaluate(() => (window as unknown as { watch: Watch }).watch);
