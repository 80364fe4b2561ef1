/**
 * Whether this page runs inside a frame of another site, which could trick a learner into
 * clicking its buttons (clickjacking). A frame of the app itself is fine. Reading another
 * origin's location throws, which is itself the answer.
 */
export function framedByAnotherSite(win: Window): boolean {
	if (win.top === win.self) return false;
	try {
		return win.top?.location.origin !== win.location.origin;
	} catch {
		return true;
	}
}
