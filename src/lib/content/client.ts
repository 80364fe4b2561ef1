import { asset } from '$app/paths';
import * as v from 'valibot';
import { ACTIVE_PACK } from './config';
import { MAX_PACK_BYTES, parsePack } from './parse';
import type { Pack } from './schema';

let loading: Promise<Pack> | null = null;

/** The pack's text as the browser has it: /packs/<id>.json, from the service worker's cache offline. */
async function packText(): Promise<string> {
	const res = await fetch(asset(`/packs/${ACTIVE_PACK}.json`));
	if (!res.ok) throw new Error(`The lessons could not be loaded (${res.status}).`);
	return res.text();
}

/** The whole pack, checked against its schema. */
export function fetchPack(): Promise<Pack> {
	loading ??= packText().then((text) => {
		const parsed = parsePack(text);
		if (!parsed.ok) throw new Error(parsed.error.message);
		return parsed.pack;
	});
	loading.catch(() => (loading = null));
	return loading;
}

/** Only what `fetchObjectives` reads: checking the whole pack would cost a phone about 100 ms. */
const QuestionObjectives = v.object({
	modules: v.array(
		v.object({
			questions: v.array(v.object({ id: v.string(), objectives: v.array(v.string()) }))
		})
	)
});

/** Each question's learning objectives, from the pack (for a results screen's "what grew"). */
export async function fetchObjectives(): Promise<Map<string, readonly string[]>> {
	const text = await packText();
	if (text.length > MAX_PACK_BYTES) throw new Error('The lessons are too large to open.');
	const pack = v.parse(QuestionObjectives, JSON.parse(text));
	const objectives = new Map<string, readonly string[]>();
	for (const m of pack.modules) for (const q of m.questions) objectives.set(q.id, q.objectives);
	return objectives;
}
