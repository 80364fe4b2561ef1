import { asset } from '$app/paths';
import { ACTIVE_PACK } from './config';
import { parsePack } from './parse';
import type { Pack } from './schema';

let loading: Promise<Pack> | null = null;

/** The pack as the browser has it: /packs/<id>.json, from the service worker's cache offline. */
export function fetchPack(): Promise<Pack> {
	loading ??= fetch(asset(`/packs/${ACTIVE_PACK}.json`)).then(async (res) => {
		if (!res.ok) throw new Error(`The lessons could not be loaded (${res.status}).`);
		const parsed = parsePack(await res.text());
		if (!parsed.ok) throw new Error(parsed.error.message);
		return parsed.pack;
	});
	loading.catch(() => (loading = null));
	return loading;
}
