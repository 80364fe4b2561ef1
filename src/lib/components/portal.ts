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

/**
 * An attachment that moves its element into the layout's notices (its live region, placed
 * above a phone's navigation), so a page's own notice stands and is announced where the
 * app's do. The element leaves with its owner.
 */
export function intoNotices(node: HTMLElement): () => void {
	document.querySelector('.notices')?.append(node);
	return () => node.remove();
}
