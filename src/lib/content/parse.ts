import * as v from 'valibot';
import { MAX_PACK_BYTES } from './pack-limits';
import { Pack } from './schema';
import { formatProblem, validatePack, type ValidateOptions } from './validate';

export type PackError = { kind: 'too-large' | 'not-json' | 'invalid'; message: string };

/**
 * The one way a content pack from outside (a file, a response) becomes a `Pack`: capped in
 * size, parsed, checked against the schema and the content rules (a teacher's pack: without
 * the shipped pack's editorial rules). Never throws.
 */
export function parsePack(
	text: string,
	options: ValidateOptions = {}
): { ok: true; pack: Pack } | { ok: false; error: PackError } {
	if (text.length > MAX_PACK_BYTES) {
		return {
			ok: false,
			error: { kind: 'too-large', message: 'This content pack is too large to open.' }
		};
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return {
			ok: false,
			error: { kind: 'not-json', message: 'This content pack is damaged: it is not valid JSON.' }
		};
	}
	let parsed: ReturnType<typeof v.safeParse<typeof Pack>>;
	try {
		parsed = v.safeParse(Pack, raw);
	} catch {
		return {
			ok: false,
			error: { kind: 'invalid', message: 'This content pack is damaged: it is nested too deeply.' }
		};
	}
	if (!parsed.success) {
		const first = parsed.issues[0];
		const where = first ? (v.getDotPath(first) ?? 'the pack') : 'the pack';
		return {
			ok: false,
			error: {
				kind: 'invalid',
				message: `This content pack is not valid (${where}: ${first?.message ?? 'unknown problem'}).`
			}
		};
	}
	const problems = validatePack(parsed.output, options);
	if (problems.length) {
		return {
			ok: false,
			error: {
				kind: 'invalid',
				message: `This content pack is not valid (${formatProblem(problems[0]!)}).`
			}
		};
	}
	return { ok: true, pack: parsed.output };
}
