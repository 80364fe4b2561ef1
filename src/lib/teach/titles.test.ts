import { describe, expect, it } from 'vitest';
import { MAX_TITLE } from './limits';
import { titled } from './titles';

describe('titles with words added', () => {
	it('stay within the limit the schema counts, keeping the added words and every emoji whole', () => {
		const title = `${'a'.repeat(MAX_TITLE - 20)}${'🙂'.repeat(10)}`;
		const copy = titled(title, ' (copy)');
		expect(copy.length).toBeLessThanOrEqual(MAX_TITLE);
		expect(copy.endsWith('🙂 (copy)')).toBe(true);
		expect(copy).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
		expect(titled('Week 3', ': follow-up')).toBe('Week 3: follow-up');
	});
});
