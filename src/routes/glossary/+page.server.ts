import { activePack } from '$lib/content/active.server';

export function load() {
	const { glossary, sic } = activePack();
	return { glossary: [...glossary].sort((a, b) => a.term.localeCompare(b.term)), sic };
}
