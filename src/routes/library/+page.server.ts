import { builtInPack } from '$lib/content/built-in.server';

// The pack Chipwise comes with: an imported pack may not take its id or its questions' ids.
export function load() {
	return { builtIn: builtInPack() };
}
