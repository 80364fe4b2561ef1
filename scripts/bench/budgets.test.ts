import { describe, expect, it } from 'vitest';
import { budgets, type Budget } from './budgets.js';

/** A Lighthouse result as the benchmark records it, with figures that meet every budget. */
function page(label: string, over: Record<string, unknown> = {}) {
	return {
		label,
		path: '/',
		scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
		lcpMs: 1400,
		tbtMs: 20,
		cpuMs: 30,
		cls: 0,
		...over
	};
}

const floor = page('Floor (bare SvelteKit)', {
	scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
	lcpMs: 1000,
	tbtMs: 10,
	cpuMs: 20
});

function lighthouseBudgets(lighthouse: Record<string, unknown>) {
	const byId = new Map<string, Budget>(budgets({ lighthouse }).map((b) => [b.id, b]));
	return (id: string) => byId.get(id);
}

describe('Lighthouse budgets against the floor', () => {
	it('are met by a page within the floor − 2, floor + 100 ms, floor + 25 ms CPU and floor × 1.10', () => {
		const get = lighthouseBudgets({
			floor,
			learn: page('Learn', {
				scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 95 },
				lcpMs: 1100,
				tbtMs: 110,
				cpuMs: 45
			})
		});
		expect(get('lighthouse.learn.performance')).toMatchObject({
			status: 'met',
			limit: 97,
			floor: 99
		});
		expect(get('lighthouse.learn.tbt')).toMatchObject({ status: 'met', limit: 110 });
		expect(get('lighthouse.learn.cpu')).toMatchObject({ status: 'met', limit: 45 });
		expect(get('lighthouse.learn.lcp')?.status).toBe('met');
		expect(get('lighthouse.learn.seo')?.status).toBe('met');
	});

	it('are missed by a page past them, and say by how much', () => {
		const get = lighthouseBudgets({
			floor,
			gradebook: page('Gradebook', {
				scores: { performance: 89, accessibility: 100, 'best-practices': 100, seo: 100 },
				lcpMs: 1160,
				tbtMs: 442,
				cpuMs: 96
			})
		});
		expect(get('lighthouse.gradebook.performance')).toMatchObject({ status: 'missed', by: 8 });
		expect(get('lighthouse.gradebook.tbt')).toMatchObject({ status: 'missed', by: 332 });
		expect(get('lighthouse.gradebook.lcp')?.status).toBe('missed');
		expect(get('lighthouse.gradebook.lcp')?.by).toBeCloseTo(60);
	});

	it("hold a first visit, not a page with data, to the floor's CPU after first paint + 25 ms", () => {
		const get = lighthouseBudgets({
			floor,
			player: page('Player', { cpuMs: 96 }),
			gradebook: page('Gradebook', { cpuMs: 96 })
		});
		expect(get('lighthouse.player.cpu')).toMatchObject({ status: 'missed', by: 51, limit: 45 });
		expect(get('lighthouse.gradebook.cpu')).toBeUndefined();
	});

	it("hold every page's longest task to 12.5 ms of CPU (50 ms on the simulated phone)", () => {
		const get = lighthouseBudgets({
			floor,
			learn: page('Learn', { longestTaskCpuMs: 12.5 }),
			gradebook: page('Gradebook', { longestTaskCpuMs: 14.2 })
		});
		expect(get('lighthouse.learn.longest-task')).toMatchObject({ status: 'met', limit: 12.5 });
		expect(get('lighthouse.gradebook.longest-task')).toMatchObject({ status: 'missed' });
		expect(get('lighthouse.gradebook.longest-task')?.by).toBeCloseTo(1.7);
	});

	it('keep absolute limits for accessibility, best practices, SEO and CLS', () => {
		const get = lighthouseBudgets({
			floor: page('Floor', { scores: { accessibility: 90, seo: 80 } }),
			learn: page('Learn', {
				scores: { performance: 100, accessibility: 98, 'best-practices': 100, seo: 94 },
				cls: 0.01
			})
		});
		expect(get('lighthouse.learn.accessibility')).toMatchObject({ status: 'missed', limit: 100 });
		expect(get('lighthouse.learn.seo')).toMatchObject({ status: 'missed', limit: 95 });
		expect(get('lighthouse.learn.best-practices')?.status).toBe('met');
		expect(get('lighthouse.learn.cls')?.status).toBe('missed');
	});

	it('are "not measured" when the floor was not measured, and the floor has none itself', () => {
		const get = lighthouseBudgets({ learn: page('Learn') });
		for (const id of ['performance', 'tbt', 'cpu', 'lcp']) {
			expect(get(`lighthouse.learn.${id}`)).toMatchObject({ status: 'not measured', by: null });
		}
		expect(get('lighthouse.learn.accessibility')?.status).toBe('met');
		const withFloor = lighthouseBudgets({ floor, learn: page('Learn') });
		expect(withFloor('lighthouse.floor.performance')).toBeUndefined();
	});

	it('are "not measured" when the floor could not be measured', () => {
		const get = lighthouseBudgets({
			floor: { label: 'Floor', path: '/', notMeasured: 'the floor did not build' },
			learn: page('Learn')
		});
		expect(get('lighthouse.learn.performance')?.status).toBe('not measured');
	});
});

describe('storage budgets', () => {
	it('are ratios to bare IndexedDB: at most 1.5 for an answer, 3 for the dashboard', () => {
		const storage = { answerWrite: { ratio: 1.6 }, dashboard: { ratio: 2.5 } };
		const byId = new Map(budgets({ storage }).map((b) => [b.id, b]));
		expect(byId.get('storage.answer-ratio')).toMatchObject({ status: 'missed', limit: 1.5 });
		expect(byId.get('storage.dashboard-ratio')).toMatchObject({ status: 'met', limit: 3 });
	});
});
