import { asset } from '$app/paths';
import { ACTIVE_PACK } from './config';
import { parsePack } from './parse';
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
