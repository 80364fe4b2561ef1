import { tick } from 'svelte';

/** Longest wait for codes to be drawn before printing anyway: a stuck code prints as a blank. */
const MAX_WAIT_MS = 2000;

/**
 * Resolves once no QR code under `root` is still a placeholder: a code is drawn a moment
 * after it mounts (its encoder loads on demand), and `print()` takes the page as it is.
 */
export async function codesDrawn(root: ParentNode, maxWait = MAX_WAIT_MS): Promise<void> {
	const start = Date.now();
	while (root.querySelector('.placeholder') && Date.now() - start < maxWait) {
		await new Promise((resolve) => setTimeout(resolve, 16));
	}
}

/**
 * Prints once the paper just asked for is drawn, its QR codes too: call it after the state that
 * shows the paper is set. `done` runs when the printing is over.
 */
export async function printPaper(paper: () => HTMLElement | undefined, done: () => void) {
	await tick();
	const root = paper();
	if (root) await codesDrawn(root);
	addEventListener('afterprint', done, { once: true });
	window.print();
}
