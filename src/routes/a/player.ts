// The player for an attempt, loaded with the first attempt the page shows, not with the page.
// A module of its own, so that import() gets this file rather than a namespace object over
// the player's shared file, whose helper every quiz page would then load.
import { Player } from '$lib/quiz/player.svelte';

export function newPlayer(...args: ConstructorParameters<typeof Player>): Player {
	return new Player(...args);
}
