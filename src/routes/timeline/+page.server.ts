import { activePack } from '$lib/content/active.server';

export function load() {
	const { timeline, sic } = activePack();
	return { timeline, sic };
}
