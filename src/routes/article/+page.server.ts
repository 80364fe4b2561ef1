import { activePack } from '$lib/content/active.server';

export function load() {
	const { source, sic, title } = activePack();
	return { source, sic, title };
}
