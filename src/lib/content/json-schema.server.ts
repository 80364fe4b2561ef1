import { toJsonSchema } from '@valibot/to-json-schema';
import { Module, Pack, PackMeta } from './schema';

/** JSON Schemas for authors and tools, generated from the one runtime schema. */
export function jsonSchemas(): Record<string, object> {
	const options = { errorMode: 'ignore' as const };
	const describe = (schema: object, title: string, description: string) => ({
		...schema,
		title,
		description
	});
	return {
		'pack.schema.json': describe(
			toJsonSchema(Pack, options),
			'Chipwise content pack',
			'A compiled content pack as served at /packs/<id>.json: metadata, the article, modules, lessons and questions.'
		),
		'pack-file.schema.json': describe(
			toJsonSchema(PackMeta, options),
			'Chipwise pack.yaml',
			'The pack.yaml an author writes: metadata, objectives, glossary, timeline and final test.'
		),
		'module-file.schema.json': describe(
			toJsonSchema(Module, options),
			'Chipwise module file',
			'One module file (modules/*.yaml): its lessons, questions and question sets.'
		)
	};
}
