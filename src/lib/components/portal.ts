/**
 * An attachment that moves its element into the app's top bar, just before the Settings link:
 * a part that loads after first paint can sit in the header without the header's own code
 * growing. The element leaves with its owner.
 */
export function intoTopbar(node: HTMLElement): () => void {
	const bar = document.querySelector('.topbar');
	bar?.insertBefore(node, bar.querySelector('.settings'));
	return () => node.remove();
}
