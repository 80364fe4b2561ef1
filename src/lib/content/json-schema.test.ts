import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from './json-schema.server';

describe('the published JSON Schemas', () => {
	it('match the runtime schema (rebuild with `npm run build` after changing it)', () => {
		for (const [name, schema] of Object.entries(jsonSchemas())) {
			const published = JSON.parse(readFileSync(`content/schema/${name}`, 'utf8'));
			expect(published, name).toEqual(JSON.parse(JSON.stringify(schema)));
		}
	});
});
