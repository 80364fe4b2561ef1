import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { Module, Pack, PackMeta } from './schema';
import { parseArticle } from './text';
import { formatProblem, validatePack, type ContentProblem } from './validate';

export const PACKS_DIR = 'content/packs';

export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(
			`The content pack is not valid:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`
		);
		this.name = 'ContentError';
	}
}

function schemaProblems(
	pack: string,
	file: string,
	issues: v.BaseIssue<unknown>[]
): ContentProblem[] {
	return issues.map((issue) => ({
		pack,
		where: `${file}${issue.path ? ` at ${v.getDotPath(issue) ?? ''}` : ''}`,
		reason: issue.message
	}));
}

function readYaml(path: string): unknown {
	return parseYaml(readFileSync(path, 'utf8'), { prettyErrors: true });
}

/**
 * Reads a pack folder (pack.yaml, source.txt, modules/*.yaml), checks it against the
 * schema and the content rules, and returns the pack or throws every problem at once.
 */
export function compilePack(folder: string): Pack {
	const name = folder.split('/').pop() ?? folder;
	const meta = v.safeParse(PackMeta, readYaml(join(folder, 'pack.yaml')));
	if (!meta.success) throw new ContentError(schemaProblems(name, 'pack.yaml', meta.issues));

	const moduleFiles =
		meta.output.moduleFiles ??
		readdirSync(join(folder, 'modules'))
			.filter((f) => f.endsWith('.yaml'))
			.sort()
			.map((f) => `modules/${f}`);
	const problems: ContentProblem[] = [];
	const modules = moduleFiles.flatMap((file) => {
		const result = v.safeParse(Module, readYaml(join(folder, file)));
		if (result.success) return [result.output];
		problems.push(...schemaProblems(meta.output.id, file, result.issues));
		return [];
	});
	if (problems.length) throw new ContentError(problems);

	const article = parseArticle(readFileSync(join(folder, 'source.txt'), 'utf8'));
	const rest: Omit<typeof meta.output, 'moduleFiles'> & { moduleFiles?: string[] } = {
		...meta.output
	};
	delete rest.moduleFiles;
	const candidate = {
		...rest,
		source: {
			...rest.source,
			headline: article.headline,
			caption: article.caption,
			paragraphs: article.paragraphs
		},
		modules
	};
	const pack = v.safeParse(Pack, candidate);
	if (!pack.success) throw new ContentError(schemaProblems(meta.output.id, 'pack', pack.issues));
	const found = validatePack(pack.output);
	if (found.length) throw new ContentError(found);
	return pack.output;
}

/** Every pack folder under content/packs. */
export function packFolders(root = PACKS_DIR): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => join(root, d.name))
		.sort();
}
