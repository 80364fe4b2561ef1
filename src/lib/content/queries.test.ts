import { describe, expect, it } from 'vitest';
import { compilePack } from './compile.server';
import { practiceSet, summarizeModule } from './queries';

const pack = compilePack('content/packs/micron-ban');

describe('the set to practise after a module', () => {
	it("is the module's first set, with its size", () => {
		const first = pack.modules[0];
		if (!first) throw new Error('no module');
		expect(practiceSet(first)).toEqual({ id: 'the-ban.basics', title: 'Basics', count: 7 });
		expect(summarizeModule(first, 0).practice).toEqual(practiceSet(first));
	});

	it('is none for a module without sets', () => {
		const first = pack.modules[0];
		if (!first) throw new Error('no module');
		expect(practiceSet({ ...first, sets: [] })).toBeNull();
	});
});
