import { asset } from '$app/paths';
import { ACTIVE_PACK } from './config';
import type { Pack } from './schema';
import { shippedPack } from './shipped';

let loading: Promise<Pack> | null = null;

/** The pack's text as the browser has it: /packs/<id>.json, from the service worker's cache offline. */
async function packText(): Promise<string> {
	const res = await fetch(asset(`/packs/${ACTIVE_PACK}.json`));
	if (!res.ok) throw new Error(`The lessons could not be loaded (${res.status}).`);
	return res.text();
}

/** Text that is not the file this build shipped, checked against the schema and the rules. */
async function checked(text: string): Promise<Pack> {
	const { parsePack } = await import('./parse');
	const parsed = parsePack(text);
	if (!parsed.ok) throw new Error(parsed.error.message);
	return parsed.pack;
}

/** The whole pack: the file this build shipped as it is, any other text once checked. */
export function fetchPack(): Promise<Pack> {
	loading ??= packText().then(
		async (text) => (await shippedPack(text, __SHIPPED_PACK_SHA256__)) ?? checked(text)
	);
	loading.catch(() => (loading = null));
	return loading;
}
