/** The browser's `localStorage`, or undefined where there is none or reaching it is refused. */
export function localStore(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}
