import { builtInPack } from '$lib/content/built-in.server';

// A pack made here may not take the ids of the pack Chipwise comes with.
export function load() {
	return { builtIn: builtInPack() };
}
