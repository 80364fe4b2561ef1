/**
 * A regular expression made the first time it is asked for. V8 parses a regular expression
 * literal as its script is compiled, whether the code runs or not, and one with Unicode
 * property classes (`\p{L}`) takes long: 0.47 ms for the initialisms of `normalize.ts` on this
 * machine, about 2 ms on the phone Lighthouse simulates, in the task that loads the module
 * (README, "Performance"). Made from its source text here, it costs nothing until used.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
	let made: RegExp | undefined;
	return () => (made ??= new RegExp(source, flags));
}
